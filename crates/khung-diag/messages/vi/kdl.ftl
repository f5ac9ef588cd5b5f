# kdl messages (vi). Keep the other language in step.
# Lỗi cú pháp của bộ phân tích KDL 2.0 của khung (mã `kdl-syntax`), gợi ý và nhãn đi kèm.

kdl-unexpected-character = ký tự không mong đợi `{ $char }`
kdl-disallowed-control = ký tự điều khiển { $code_point } không được xuất hiện trực tiếp trong tài liệu KDL; trong chuỗi có dấu nháy, hãy viết nó dưới dạng thoát `\u{"{"}…{"}"}`
kdl-disallowed-bidi = ký tự điều khiển hướng văn bản { $code_point } không được xuất hiện trực tiếp trong tài liệu KDL (nó có thể khiến văn bản trông khác với nội dung thật); trong chuỗi có dấu nháy, hãy viết nó dưới dạng thoát `\u{"{"}…{"}"}`
kdl-disallowed-bom = dấu thứ tự byte ({ $code_point }) chỉ được phép ở ngay đầu tệp
kdl-unclosed-string = chuỗi này chưa được đóng trước khi hết dòng
kdl-unclosed-raw-string = chuỗi thô này chưa được đóng: cần `{ $closing }` trên cùng dòng
kdl-unclosed-multiline-string = chuỗi nhiều dòng này không có `"""` đóng
kdl-unclosed-block-comment = chú thích `/*` này không bao giờ được đóng
kdl-unclosed-block = dấu `{"{"}` này không bao giờ được đóng bằng `{"}"}`
kdl-unclosed-type = chú thích kiểu `(` này không được đóng bằng `)`
kdl-unmatched-close-brace = dấu `{"}"}` này không có `{"{"}` tương ứng
kdl-invalid-escape = `{ $escape }` không phải là chuỗi thoát hợp lệ; các chuỗi thoát là `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, `\s`, `\u{"{"}…{"}"}` và `\` trước khoảng trắng
kdl-invalid-unicode-escape = `{ $escape }` không phải là chuỗi thoát Unicode hợp lệ: hãy viết `\u{"{"}` với 1 đến 6 chữ số thập lục phân chỉ một giá trị vô hướng Unicode (tối đa 10FFFF, không thuộc vùng surrogate D800–DFFF) rồi `{"}"}`
kdl-multiline-opening = dấu `"""` mở đầu chuỗi nhiều dòng phải được theo sau bởi một dấu xuống dòng
kdl-multiline-closing-line = dấu `"""` đóng chuỗi nhiều dòng phải nằm trên một dòng riêng, chỉ có khoảng trắng đứng trước
kdl-multiline-indentation = dòng này không bắt đầu bằng đúng phần khoảng trắng đứng trước dấu `"""` đóng
kdl-invalid-number = `{ $text }` không phải là số hợp lệ
kdl-bare-keyword = `{ $word }` là từ khóa: hãy viết `#{ $word }` cho giá trị, hoặc `"{ $word }"` cho chuỗi
kdl-unknown-keyword = `{ $text }` không phải là từ khóa KDL (`#true`, `#false`, `#null`, `#inf`, `#-inf`, `#nan`) cũng không phải chuỗi thô (`#"…"#`)
kdl-invalid-line-continuation = dấu `\` bên ngoài chuỗi nối nút sang dòng tiếp theo: sau nó trên dòng này chỉ được có khoảng trắng hoặc chú thích
kdl-missing-space = cần có khoảng trắng giữa tên nút, các đối số và các thuộc tính của nó
kdl-expected-node-name = cần một tên nút (một định danh hoặc một chuỗi)
kdl-expected-value = cần một giá trị (một chuỗi, một số, `#true`, `#false`, `#null`, `#inf`, `#-inf` hoặc `#nan`)
kdl-expected-type-name = cần một tên kiểu (một định danh hoặc một chuỗi) bên trong cặp ngoặc đơn
kdl-invalid-property-key = khóa của thuộc tính phải là một chuỗi
kdl-type-before-key = chú thích kiểu không được đứng trước khóa thuộc tính; hãy chú thích cho giá trị: `key=(type)value`
kdl-slashdash-target = sau `/-` phải là nút, đối số, thuộc tính hoặc khối con mà nó chú thích bỏ đi
kdl-entry-after-children = các đối số và thuộc tính phải đứng trước khối con
kdl-second-child-block = một nút chỉ được có một khối con; hãy chú thích bỏ các khối khác bằng `/-`
kdl-unexpected-token = không mong đợi `{ $token }`
kdl-help-multiline-string = chuỗi trải trên nhiều dòng được viết giữa hai dòng `"""`, hoặc nối dòng bằng `\` ở cuối dòng
kdl-help-raw-string = KDL 2.0 viết chuỗi thô dưới dạng `#"…"#`
kdl-label-file-ends-here = tệp kết thúc ở đây
kdl-label-closing-line = dòng đóng quy định phần thụt lề
