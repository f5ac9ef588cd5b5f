# cli messages (vi). Keep the other language in step.

cli-summary = { $errors } lỗi, { $warnings } cảnh báo, { $infos } thông tin; { $waived } được miễn trừ; { $baseline } trong đường cơ sở; đã kiểm tra { $systems } hệ thống, { $flows } luồng dữ liệu, { $datasets } cơ sở dữ liệu theo { $rules } quy tắc (hồ sơ { $profile })
cli-invalid-date = `{ $value }` không phải ngày hợp lệ (định dạng YYYY-MM-DD)
cli-invalid-baseline = tệp đường cơ sở `{ $path }` không phải danh sách dấu vân tay JSON: { $detail }
cli-write-failed = không ghi được `{ $path }`: { $reason }
cli-basis = căn cứ: { $basis }
cli-basis-unverified = căn cứ (chưa kiểm chứng): { $basis }
cli-status-waived = được miễn trừ đến { $until }
cli-status-baseline = trong đường cơ sở
