# cli messages (vi). Keep the other language in step.

cli-summary = { $errors } lỗi, { $warnings } cảnh báo, { $infos } thông tin; { $waived } được miễn trừ; { $baseline } trong đường cơ sở; đã kiểm tra { $systems } hệ thống, { $flows } luồng dữ liệu, { $datasets } cơ sở dữ liệu theo { $rules } quy tắc (hồ sơ { $profile })
cli-invalid-date = `{ $value }` không phải ngày hợp lệ (định dạng YYYY-MM-DD)
cli-invalid-baseline = tệp đường cơ sở `{ $path }` không phải danh sách dấu vân tay JSON: { $detail }
cli-write-failed = không ghi được `{ $path }`: { $reason }
cli-basis = căn cứ: { $basis }
cli-basis-unverified = căn cứ (chưa kiểm chứng): { $basis }
cli-status-waived = được miễn trừ đến { $until }
cli-status-baseline = trong đường cơ sở
cli-rules-count = { $count } quy tắc có hiệu lực theo hồ sơ { $profile }
cli-rule-severity = mức độ
cli-rule-pack = gói
cli-rule-view = kiến trúc thành phần
cli-rule-applies-to = áp dụng cho
cli-rule-lifecycle = đánh giá cả ở trạng thái
cli-rule-when = khi
cli-rule-assert = yêu cầu
cli-rule-message = thông điệp
cli-rule-help = hướng dẫn
cli-rule-basis = căn cứ pháp lý
cli-rule-verified = đã kiểm chứng
cli-rule-unverified = chưa kiểm chứng
cli-rule-examples = ví dụ
cli-rule-example-valid = hợp lệ
cli-rule-example-invalid = vi phạm
