# report messages (vi): các từ cố định của báo cáo, của các đầu ra kiểm tra (SARIF, JUnit,
# bình luận PR dạng Markdown) và của so sánh mô hình. Giữ đồng bộ với bản tiếng Anh.

report-title = Báo cáo tuân thủ kiến trúc và khoảng cách hiện trạng – mục tiêu
report-footer = Báo cáo do khung tạo từ mô hình kiến trúc; mọi số liệu đều truy được về các phần tử được liệt kê.
report-profile = Bộ quy tắc
report-as-is = Hiện trạng
report-to-be = Mục tiêu
report-section-summary = Tổng quan
report-section-kpis = Chỉ số theo cơ quan
report-section-findings = Phát hiện theo góc nhìn và quy tắc
report-section-waivers = Miễn trừ
report-section-gap = Khoảng cách hiện trạng → mục tiêu
report-section-diagrams = Sơ đồ
report-section-diagnostics = Lỗi mô hình và bộ quy tắc

report-severity = Mức độ
report-severity-error = Lỗi
report-severity-warning = Cảnh báo
report-level-error = lỗi
report-level-warning = cảnh báo
report-level-info = thông tin
report-severity-info = Thông tin
report-waived = Được miễn trừ
report-baseline = Trong đường cơ sở
report-rules-run = Số quy tắc đã chạy
report-rules-disabled = Quy tắc bị tắt trong tệp cấu hình
report-conformance = Mức tuân thủ
report-conformance-explained = Mức tuân thủ của một góc nhìn = số quy tắc của góc nhìn không còn phát hiện hiệu lực ÷ số quy tắc của góc nhìn áp dụng cho ít nhất một phần tử.
report-by-view = Theo góc nhìn của khung kiến trúc
report-view = Góc nhìn
report-rules-clean = Quy tắc không có phát hiện
report-rules-applied = Quy tắc được áp dụng
report-elements-counted = Phần tử của không gian làm việc tại thời điểm hiện trạng
report-kind = Loại
report-kind-system = Hệ thống
report-kind-dataset = Cơ sở dữ liệu
report-kind-flow = Luồng dữ liệu
report-kind-service = Dịch vụ công
report-kind-agency = Cơ quan

report-view-business = Nghiệp vụ
report-view-data = Dữ liệu
report-view-application = Ứng dụng
report-view-technology = Công nghệ
report-view-security = An toàn thông tin

report-kpis-explained = Mỗi chỉ số đếm các phần tử của không gian làm việc tồn tại tại ngày hiện trạng; các phần tử chưa đạt được liệt kê.
report-no-top-agency = Phần tử không xác định được cơ quan cấp trên cùng
report-kpi = Chỉ số
report-numerator = Tử số
report-denominator = Mẫu số
report-ratio = Tỷ lệ
report-percent = { $value } %
report-percentage = Phần trăm
report-percent-none = —
report-decimal-separator = ,
report-not-meeting = Chưa đạt
report-kpi-security-levels = Hồ sơ cấp độ an toàn đúng quy định
report-kpi-security-levels-numerator = hệ thống có cấp độ được phê duyệt không thấp hơn cấp độ tối thiểu
report-kpi-security-levels-denominator = hệ thống của không gian làm việc
report-kpi-integrated-exchange = Kết nối qua nền tảng tích hợp
report-kpi-integrated-exchange-numerator = luồng giữa các cơ quan cấp trên cùng khác nhau đi qua nền tảng tích hợp (LGSP hoặc NDXP)
report-kpi-integrated-exchange-denominator = luồng giữa các cơ quan cấp trên cùng khác nhau
report-kpi-full-online-services = Dịch vụ công trực tuyến toàn trình
report-kpi-full-online-services-numerator = dịch vụ cung cấp trực tuyến toàn trình
report-kpi-full-online-services-denominator = dịch vụ công của không gian làm việc
report-kpi-national-eid = Định danh điện tử quốc gia
report-kpi-national-eid-numerator = hệ thống phục vụ người dân xác thực công dân bằng VNeID
report-kpi-national-eid-denominator = hệ thống phục vụ người dân
report-kpi-personal-data-assessed = Dữ liệu cá nhân đã đánh giá tác động
report-kpi-personal-data-assessed-numerator = cơ sở dữ liệu có dữ liệu cá nhân lưu trong hệ thống đã lập hồ sơ đánh giá tác động (DPIA)
report-kpi-personal-data-assessed-denominator = cơ sở dữ liệu có dữ liệu cá nhân cơ bản hoặc nhạy cảm
report-kpi-open-findings = Phát hiện còn hiệu lực
report-kpi-open-findings-numerator = phát hiện còn hiệu lực trên các phần tử của cơ quan, theo mức độ

report-no-findings = Không có phát hiện.
report-none = Không có.
report-rule = Quy tắc
report-rule-docs = Tài liệu quy tắc
report-basis-unverified = chưa đối chiếu với văn bản pháp luật
report-element = Phần tử
report-name = Tên
report-message = Nội dung
report-help = Cách khắc phục
report-location = Vị trí
report-code = Mã
report-status-waived = được miễn trừ
report-status-waived-until = được miễn trừ đến { $until }
report-status-baseline = trong đường cơ sở

report-waivers-active = Miễn trừ còn hiệu lực
report-waivers-expiring = Miễn trừ hết hạn trong 90 ngày tới
report-waivers-expired = Miễn trừ đã hết hạn
report-target = Đối tượng
report-reason = Lý do
report-approved-by = Người phê duyệt
report-until = Đến ngày
report-days-left = Số ngày còn lại
report-suppressed = Số phát hiện được miễn trừ
report-reference = Văn bản

report-gap-added = Phần tử được bổ sung
report-gap-retired = Phần tử bị dừng sử dụng
report-gap-changed = Phần tử được lộ trình nâng cấp
report-gap-findings-resolved = Phát hiện được lộ trình khắc phục
report-gap-findings-introduced = Phát hiện phát sinh theo lộ trình
report-gap-findings-not-compared = Chưa chạy kiểm tra tại ngày mục tiêu nên không liệt kê phát hiện được khắc phục và phát sinh.
report-gap-projects = Dự án trong lộ trình
report-since = Từ ngày
report-retire = Dừng từ ngày
report-projects = Dự án
report-project = Dự án
report-owner = Chủ quản
report-start = Bắt đầu
report-end = Kết thúc
report-delivers = Đưa vào vận hành
report-retires = Dừng sử dụng
report-budget = Kinh phí

report-diagram-landscape = Tổng thể kiến trúc
report-diagram-integration = Tích hợp và chia sẻ dữ liệu
report-diagram-security = Cấp độ an toàn hệ thống thông tin
report-diagram-gap = Hiện trạng → mục tiêu

report-check-title = Kết quả khung check
report-check-errors = Lỗi
report-check-no-errors = Không có lỗi.
report-check-waivers-expiring = Miễn trừ hết hạn trong 30 ngày tới
report-check-rows-hidden = Còn { $count } dòng không hiển thị (bình luận giới hạn 60.000 ký tự); chạy `khung check` để xem đầy đủ.

report-sarif-full-description = { $title }. Căn cứ pháp lý: { $basis }
report-sarif-diagnostic = chẩn đoán khung `{ $code }`
report-message-with-help = { $message } (gợi ý: { $help })

report-junit-not-run = không chạy trong lần kiểm tra này
report-junit-load = nạp mô hình và bộ quy tắc
report-junit-element = phần tử: { $kind } `{ $id }`
report-junit-location = tại: { $location }
report-junit-help = gợi ý: { $help }
report-junit-basis = căn cứ: { $basis }

report-template-error = không dùng được mẫu báo cáo `{ $name }`: { $detail }

report-diff-title = Thay đổi mô hình
report-diff-added = Bổ sung
report-diff-removed = Loại bỏ
report-diff-changed = Thay đổi
report-diff-lifecycle = Thay đổi vòng đời
report-diff-findings-new = Phát hiện mới
report-diff-findings-fixed = Phát hiện đã khắc phục
report-diff-finding-new = mới
report-diff-finding-fixed = đã khắc phục
report-diff-old = Trước
report-diff-new = Sau
report-diff-no-changes = Không có thay đổi.
report-property = Thuộc tính
