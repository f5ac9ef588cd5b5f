# rules messages (vi). Keep the other language in step.

## Kiểm tra CEL
cel-expected = cần kiểu `{ $expected }`, nhưng gặp `{ $actual }`
cel-constant-fails = tính `{ $detail }` khi nạp quy tắc bị lỗi
cel-branches-differ = hai nhánh của `?:` khác kiểu: `{ $left }` và `{ $right }`
cel-list-items-differ = các phần tử khác kiểu: `{ $left }` và `{ $right }`
cel-unknown-variable = không có tên `{ $name }`
cel-no-fields = giá trị kiểu `{ $type }` không có trường
cel-not-indexable = không thể lấy chỉ mục của giá trị kiểu `{ $type }`
cel-invalid-date-literal = `{ $text }` không phải ngày hợp lệ (YYYY-MM-DD)
cel-operator-types = không dùng được `{ $op }` với `{ $left }` và `{ $right }`
cel-not-iterable = macro danh sách không duyệt được `{ $type }`
cel-unknown-function = không có hàm `{ $name }`
cel-wrong-arity = `{ $name }` nhận { $expected } đối số, không phải { $actual }
cel-signature = chữ ký: `{ $signature }`
cel-wrong-argument = đối số thứ { $position } của `{ $name }` phải có kiểu `{ $expected }`, không phải `{ $actual }`
cel-unknown-method = giá trị kiểu `{ $type }` không có phương thức `{ $name }`
cel-dynamic-pattern = mẫu của `matches` phải là một chuỗi hằng
cel-invalid-regex = biểu thức chính quy không hợp lệ: { $detail }

## Gói quy tắc
pack-expected-string = `{ $node }` cần một chuỗi ở đây
pack-missing-argument = `{ $node }` cần một đối số
pack-unexpected-entry = `{ $name }` không hợp lệ trên `{ $node }`
pack-unexpected-children = `{ $node }` không nhận nút con
pack-unexpected-node = nút `{ $name }` không hợp lệ (cần: { $expected })
pack-missing-pack-node = `pack.kdl` không có nút `pack`
pack-missing-rule-node = tệp quy tắc không có nút `rule`
pack-missing = `{ $node }` cần `{ $name }`
pack-extends-outside-chain = gói của workspace mở rộng `{ $id }`, không thuộc chuỗi của hồ sơ `{ $profile }`
pack-rule-file-name = quy tắc `{ $id }` nằm trong `{ $file }`; tệp của nó phải là `{ $expected }`
pack-missing-pack-file = thư mục `{ $folder }` có tệp quy tắc nhưng không có `pack.kdl`
pack-duplicate = gói quy tắc `{ $id }` được định nghĩa nhiều lần
pack-extends-cycle = `extends "{ $id }"` tạo thành vòng lặp giữa các gói
pack-macro-head = `{ $head }` không phải phần đầu macro dạng `ten(a, b)`
pack-redefined = `{ $name }` đã được định nghĩa trong chuỗi gói
pack-macro-recursive = macro `{ $name }` tự gọi chính nó

## Lỗi khi chạy quy tắc
rule-error-condition = điều kiện của `{ $rule }`
rule-error-missing-key = quy tắc `{ $rule }` lỗi trên `{ $element }`: `{ $map }` không có khóa `{ $key }`
rule-error-type = quy tắc `{ $rule }` lỗi trên `{ $element }`: cần giá trị kiểu `{ $expected }`, nhưng gặp `{ $found }`
rule-error-budget = quy tắc `{ $rule }` lỗi trên `{ $element }`: việc tính vượt giới hạn { $steps } bước
rule-error-division-by-zero = quy tắc `{ $rule }` lỗi trên `{ $element }`: chia cho không
rule-error-overflow = quy tắc `{ $rule }` lỗi trên `{ $element }`: tràn số nguyên
rule-error-index = quy tắc `{ $rule }` lỗi trên `{ $element }`: chỉ mục { $index } nằm ngoài danh sách { $len } phần tử
rule-error-date = quy tắc `{ $rule }` lỗi trên `{ $element }`: `{ $date }` không phải ngày hợp lệ
cel-matches-not-constant = `matches` chỉ nhận mẫu là hằng (chuỗi cố định) trong điều kiện quy tắc
rule-template-unclosed = thiếu `{"}"}` đóng cho `{"{"}` trong mẫu thông điệp (viết `{"{{"}` cho dấu ngoặc thường)
