# diagram messages (vi): fixed words of khung-diagram's titles, legends and descriptions, and
# its errors. Keep the other language in step.

# Titles: `{ $scope }` is the workspace's top agencies, `{ $date }` the evaluation date.
diagram-title-landscape = Toàn cảnh kiến trúc — { $scope } (ngày { $date })
diagram-title-context = Bối cảnh hệ thống — { $name } (ngày { $date })
diagram-title-integration = Tích hợp, chia sẻ dữ liệu — { $scope } (ngày { $date })
diagram-title-dataflow = Luồng dữ liệu theo vùng mạng — { $scope } (ngày { $date })
diagram-title-security = Cấp độ an toàn hệ thống thông tin — { $scope } (ngày { $date })
diagram-title-agency = Cơ quan — { $name } (ngày { $date })
diagram-title-gap = Hiện trạng { $as-is } → mục tiêu { $to-be } — { $scope }
diagram-scope-empty = không gian làm việc
diagram-description = { $title }: { $nodes } phần tử và { $edges } kết nối.

diagram-legend-title = Chú giải
diagram-kind-system = Hệ thống thông tin
diagram-kind-platform = Nền tảng tích hợp
diagram-kind-dataset = Cơ sở dữ liệu
diagram-kind-service = Dịch vụ công
diagram-kind-agency = Cơ quan
diagram-provenance-imported = { $kind } (mô hình nhập)
diagram-provenance-reference = { $kind } (mô hình tham chiếu quốc gia)
diagram-cluster-agency = Cơ quan, đơn vị
diagram-cluster-zone = Vùng mạng
diagram-level = Cấp độ { $level }
diagram-level-undeclared = Chưa khai báo cấp độ
diagram-change-added = Thêm mới
diagram-change-removed = Dừng hoạt động
diagram-change-changed = Thay đổi theo lộ trình
diagram-change-unchanged = Không thay đổi
diagram-line-encrypted = Mã hoá khi truyền
diagram-line-unencrypted = Không mã hoá
diagram-line-undeclared = Chưa khai báo mã hoá
diagram-line-cross-border = Xuyên biên giới
diagram-line-zone-crossing = Đi qua ranh giới vùng mạng
diagram-line-storage = Lưu trữ tại
diagram-marker-below-minimum = Cấp độ khai báo thấp hơn cấp độ tối thiểu

# Accessibility descriptions of nodes and edges.
diagram-describe-owner = chủ quản: { $owner }
diagram-describe-level = cấp độ { $level }
diagram-describe-minimum = cấp độ tối thiểu { $level }
diagram-describe-zone = vùng mạng: { $zone }
diagram-describe-flows = { $count } luồng: { $flows }
diagram-describe-stored-in = { $dataset } được lưu trữ tại { $system }

# Errors of `--view`.
diagram-unknown-view = không có khung nhìn `{ $view }`
diagram-view-needs-id = khung nhìn `{ $view }` cần một id: `{ $view }:<id>`
diagram-view-takes-no-id = khung nhìn `{ $view }` không nhận id
diagram-unknown-system = không có hệ thống `{ $id }`
diagram-unknown-agency = không có cơ quan `{ $id }`
