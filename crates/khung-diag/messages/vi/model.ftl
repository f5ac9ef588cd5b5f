# model messages (vi). Keep the other language in step.

# Gợi ý và thông điệp phụ của các chẩn đoán khi nạp mô hình (khung-model).
missing-argument = `{ $node }` cần một giá trị
unexpected-argument = giá trị thừa { $value } ở `{ $node }`
unexpected-annotation = không được ghi chú thích kiểu `({ $annotation })` ở đây
expected-type = cần { $type ->
        [string] một chuỗi
        [integer] một số nguyên
        [boolean] `#true` hoặc `#false`
        [date] một ngày dạng "YYYY-MM-DD"
       *[other] { $type }
    }
expected-range = cần một số nguyên từ { $min } đến { $max }
glob-syntax = không phải mẫu glob hợp lệ (ví dụ `systems/**/*.kdl`, `qn-*`)
api-reference-shape = dịch vụ chia sẻ được ghi là `<hệ-thống>/<dịch-vụ>`, ví dụ `ndb-population/xac-thuc`
write-as-child = hãy ghi `{ $name }` thành nút con: `{ $name } …`
