# Thông điệp dùng chung: một thông điệp cho mỗi mã chẩn đoán. Giữ đồng bộ với en/diag.ftl.

io-error = không đọc được `{ $path }`: { $reason ->
        [not-found] không tồn tại
        [permission-denied] không có quyền đọc
        [is-a-directory] đây là một thư mục
        [symlink-loop] quá nhiều tầng liên kết tượng trưng
       *[other] { $detail }
    }
not-utf8 = `{ $path }` không phải UTF-8 hợp lệ (byte sai đầu tiên ở vị trí { $offset })
too-large = `{ $path }` có { $size } byte, vượt giới hạn { $limit } byte
too-deep = lồng sâu quá { $limit } cấp
kdl-syntax = cú pháp KDL 2.0 không hợp lệ
symlink-loop = theo liên kết từ `{ $path }` quay lại một thư mục đã nạp
include-outside-root = `{ $path }` nằm ngoài thư mục gốc của không gian làm việc
import-outside-root = import `{ $path }` nằm ngoài thư mục gốc của dự án `{ $root }`
import-cycle = import vòng tròn: { $cycle }
unknown-node = nút không xác định `{ $name }`
unknown-property = thuộc tính không xác định `{ $name }` trong `{ $node }`
duplicate-property = `{ $name }` được ghi nhiều hơn một lần
invalid-value = giá trị { $value } không hợp lệ cho `{ $name }`
invalid-id = `{ $id }` không phải mã định danh hợp lệ (chữ ASCII thường, chữ số, `.` và `-`, bắt đầu bằng chữ hoặc số)
missing-required = `{ $node }` thiếu `{ $name }`
duplicate-id = mã `{ $id }` được định nghĩa nhiều hơn một lần
unresolved-reference = `{ $id }` không trỏ tới phần tử nào
wrong-reference-kind = `{ $id }` là { $actual ->
        [agency] một cơ quan
        [system] một hệ thống
        [other-system] một hệ thống không phải hệ thống định danh, xác thực
        [dataset] một cơ sở dữ liệu
        [flow] một luồng dữ liệu
        [service] một dịch vụ
        [zone] một vùng mạng
        [project] một dự án
        [architecture] một kiến trúc
       *[other] { $actual }
    }, nhưng `{ $name }` phải trỏ tới { $expected ->
        [agency] một cơ quan
        [system] một hệ thống
        [dataset] một cơ sở dữ liệu
        [zone] một vùng mạng
        [system-or-dataset] một hệ thống hoặc một cơ sở dữ liệu
        [identity-provider] một hệ thống định danh, xác thực (loại `identity-provider`), `npsp` hoặc "local"
       *[other] { $expected }
    }
reference-redefined = `{ $id }` thuộc mô hình tham chiếu quốc gia, không được định nghĩa lại
invalid-extend = không được `extend "{ $id }"`: { $reason ->
        [not-named] tệp khai báo không ghi `{ $id }` là cơ quan của không gian làm việc (`agency "{ $id }"`)
        [not-agency] chỉ được mở rộng một cơ quan của mô hình tham chiếu
        [not-reference] `{ $id }` không do mô hình tham chiếu định nghĩa; hãy ghi thông tin trong nút `agency` của nó
       *[unknown] mô hình tham chiếu không có cơ quan `{ $id }`
    }
unknown-rule = không có quy tắc `{ $id }`
unknown-pack = không có gói quy tắc `{ $id }`
waiver-unknown-rule = miễn trừ nêu quy tắc `{ $id }` không tồn tại
waiver-no-match = đối tượng miễn trừ `{ $target }` không khớp phần tử nào của không gian làm việc
waiver-self-approved = miễn trừ do chính đơn vị chủ trì `{ $owner }` phê duyệt
waiver-expired = miễn trừ quy tắc `{ $rule }` cho `{ $target }` đã hết hạn ngày { $until }
waiver-unused = miễn trừ quy tắc `{ $rule }` cho `{ $target }` không che phát hiện nào
project-date-mismatch = dự án `{ $project }` { $action ->
        [retires] dừng
       *[delivers] đưa vào vận hành
    } `{ $element }`, nhưng ngày { $action ->
        [retires] `retire`
       *[delivers] `since`
    } { $date ->
        [none] không được ghi (dự án kết thúc ngày { $end })
       *[other] { $date } muộn hơn ngày kết thúc dự án { $end }
    }
unknown-vocabulary-field = `{ $name }` không có trong bộ từ vựng trường dữ liệu
rule-pack-invalid = { $detail }
rule-pack-syntax = lỗi cú pháp CEL: { $detail }
duplicate-rule = quy tắc `{ $id }` được định nghĩa nhiều lần trong chuỗi gói
unknown-field = `{ $kind }` không có trường `{ $name }`
unknown-function = { $detail }
type-mismatch = { $detail }
unbounded-rule = phép duyệt trên `{ $inner }` lồng trong phép duyệt trên `{ $outer }`
unsupported-expression = { $detail } không được hỗ trợ trong điều kiện quy tắc
rule-error = quy tắc `{ $rule }` lỗi khi đánh giá `{ $element }`: { $detail }
profile-not-effective = hồ sơ `{ $profile }` có hiệu lực từ { $effective }, sau ngày đánh giá { $as_of }
invalid-argument = { $detail }

did-you-mean = có phải ý bạn là `{ $name }`?
allowed-values = giá trị cho phép: { $values }
first-defined-here = định nghĩa lần đầu ở đây
defined-again-here = định nghĩa lại ở đây
