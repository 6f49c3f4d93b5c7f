"""Fields of expertise named in staffing news, and the words around a list of them.

A list is two or more fields joined by commas, "và" or dashes, with the linking words below allowed
between them: "39 chuyên ngành kế toán, 18 chuyên ngành công nghệ thông tin", "thiếu 6 công chức
địa chính và 2 công chức tư pháp". Fields are written as the press writes them (lowercase, new tone
placement); text is folded before matching, so "thuỷ sản" and "thủy sản" are one field. The longest
field wins: "quản lý đất đai" over "đất đai", "tài nguyên và môi trường" over its parts.
"""

FIELDS = (
    # land, building, planning
    "quy hoạch",
    "quy hoạch đô thị",
    "quy hoạch xây dựng",
    "xây dựng",
    "kiến trúc",
    "giao thông",
    "giao thông vận tải",
    "hạ tầng",
    "quản lý đô thị",
    "đô thị",
    "trật tự đô thị",
    "trật tự xây dựng",  # "chuyên môn về quản lý trật tự xây dựng"
    "quản lý trật tự xây dựng",
    "đất đai",
    "quản lý đất đai",
    "địa chính",
    "địa chính - xây dựng",
    "địa chính - nông nghiệp",
    "địa chính - xây dựng - đô thị và môi trường",
    "tài nguyên",
    "môi trường",
    "tài nguyên và môi trường",
    "tài nguyên - môi trường",
    "tài nguyên môi trường",
    "cấp thoát nước",
    "điện",
    # money
    "tài chính",
    "kế toán",
    "tài chính - kế toán",
    "tài chính kế toán",
    "quản lý tài chính",
    "ngân sách",
    "kiểm toán",
    "thuế",
    "ngân hàng",
    "tài chính - ngân hàng",
    "đầu tư",
    "kế hoạch",
    "kế hoạch - đầu tư",
    "kế hoạch và đầu tư",
    "quản lý dự án",
    "kinh tế",
    "quản lý kinh tế",
    "công thương",
    "thương mại",
    # digital
    "công nghệ thông tin",
    "chuyển đổi số",
    "tin học",
    "khoa học máy tính",
    "an toàn thông tin",
    "dữ liệu",
    "khoa học và công nghệ",
    "khoa học - công nghệ",
    "khoa học công nghệ",
    # law and administration
    "luật",
    "pháp luật",
    "pháp chế",
    "tư pháp",
    "hộ tịch",
    "tư pháp - hộ tịch",
    "thanh tra",
    "nội vụ",
    "hành chính",
    "hành chính học",
    "quản lý nhà nước",
    "chính sách công",
    "thực hiện chính sách",  # "thiếu nhân lực … ở các lĩnh vực đất đai, xây dựng và thực hiện chính sách"
    "quản trị nguồn nhân lực",
    "tổ chức nhà nước",
    "văn phòng",
    "tổ chức cán bộ",
    "văn phòng - thống kê",
    "thống kê",
    "văn thư",
    "lưu trữ",
    "văn thư - lưu trữ",
    "thi đua - khen thưởng",
    "tôn giáo",
    "dân tộc",
    "ngoại vụ",
    "đối ngoại",
    "ngoại ngữ",
    # people and society
    "y tế",
    "dân số",
    "giáo dục",
    "đào tạo",
    "giáo dục và đào tạo",
    "quản lý giáo dục",
    "giáo dục - đào tạo",
    "sư phạm",
    "sư phạm tin học",
    "văn hóa",
    "xã hội",
    "văn hóa - xã hội",
    "văn hóa - thông tin",
    "văn hóa thông tin",  # written without its dash
    "thông tin - truyền thông",
    "thông tin và truyền thông",
    "truyền thông",
    "thể thao",
    "du lịch",
    "văn hóa, thể thao và du lịch",
    "lao động",
    "lao động - thương binh và xã hội",
    "lao động, thương binh và xã hội",
    "an sinh xã hội",
    "người có công",  # social policy: "chính sách người có công"
    "bảo trợ xã hội",
    "bảo hiểm xã hội",
    "công tác xã hội",
    # land economy
    "nông nghiệp",
    "lâm nghiệp",
    "thủy sản",
    "nuôi trồng thủy sản",
    "thủy lợi",
    "quản lý thủy lợi",
    "phòng chống thiên tai",  # "đất đai, môi trường, quản lý thủy lợi, phòng chống thiên tai"
    "chăn nuôi",
    "thú y",
    "trồng trọt",
    "khuyến nông",
    "phát triển nông thôn",
    "nông nghiệp và môi trường",
    "nông nghiệp và phát triển nông thôn",
    "kinh tế nông nghiệp",
    # order
    "quân sự",
    "quốc phòng",
    "công an",
    "phòng cháy chữa cháy",
    "y tế cơ sở",
    "kiểm lâm",
    "địa chất",
    "trắc địa",
    "trắc địa bản đồ",
    "kỹ thuật trắc địa bản đồ",
    "khí tượng",
    "quan trắc",
    "điện lực",
    "kinh tế - hạ tầng",
    "kinh tế - hạ tầng - đô thị",
    "văn hóa - thể thao",
    "lao động - xã hội",
)

# Lists of fields that are a fixed phrase, no fields of expertise: "những nơi kinh tế - xã hội còn khó khăn"
# and the acts of managing officials: "gắn với quy hoạch, đào tạo, bồi dưỡng và sử dụng cán bộ lâu dài"
NOT_LISTS = ("kinh tế - xã hội", "kinh tế – xã hội", "kinh tế, xã hội", "quy hoạch, đào tạo")

# the marks and words that part two fields of one list (a semicolon only in a list a colon opens: rules/specialties.py)
LIST_SEPARATORS = (",", ";", "và", "-", "/", "hoặc", "cùng")
# Words that may stand between two fields of one list, besides numbers: "39 chuyên ngành kế toán,
# 18 chuyên ngành công nghệ thông tin", "6 công chức địa chính và 2 công chức tư pháp".
LINKS = (
    ",",
    ";",  # a long list's items after a colon: "nhiều lĩnh vực: tư pháp, hộ tịch; kế toán; văn phòng; …" (rules read)
    "và",
    "-",
    "–",
    "/",
    "cùng",
    "hoặc",
    "các",
    "ngành",
    "chuyên ngành",
    "lĩnh vực",
    "công chức",
    "cán bộ",
    "viên chức",
    "người",
    "kỹ sư",
    "cử nhân",
    "thạc sĩ",
)

# What a list of fields is about, told by the nearest of these words before it in its clause (a clause
# ends at ";"), or by a staff word after it ("y tế, xây dựng… hiện đang thiếu nhân lực"). Only "staff"
# lists are facts: fields of departments ("2 phòng chuyên môn … nhiều lĩnh vực: văn hóa – xã hội") and
# training topics ("tập huấn chuyên sâu về tài chính – ngân sách, đất đai") are not, nor a bare list
# ("một số lĩnh vực như: tài nguyên, nông nghiệp" among difficulties). Longest phrase wins:
# "phòng chuyên môn" is a department, "chuyên môn" alone speaks of staff.
LEADS = {
    "staff": (
        "cán bộ",
        "công chức",
        "viên chức",
        "nhân lực",
        "nhân sự",
        "chuyên viên",
        "đội ngũ",
        "người có",
        "chuyên môn",
        "chuyên ngành",
        "trình độ",
        "thạc sĩ",
        "cử nhân",
        "kỹ sư",
        "tiến sĩ",
        "bác sĩ",
        # the degrees of the staff told of: "Tất cả đều có bằng đại học các ngành quản lý đất đai, kế toán"
        "bằng đại học",
        "bằng thạc sĩ",
        "giáo viên",
        "điều động",
        "biệt phái",
        "luân chuyển",
        "tăng cường",
        "tuyển dụng",
        # posts and vacancies: "chỗ trống tập trung ở những vị trí thuộc lĩnh vực quản lý đất đai, xây dựng …"
        "vị trí",
        "vị trí việc làm",
        "chỗ trống",
        # people counted by field: "có 6 người thuộc lĩnh vực địa chính, đất đai; 4 người lĩnh vực tài chính"
        "người thuộc lĩnh vực",
        "người lĩnh vực",
        "người thuộc ngành",
        "người ngành",
    ),
    "department": (
        "phòng",
        "phòng chuyên môn",
        "cơ quan chuyên môn",
        "bộ phận chuyên môn",
        "đơn vị chuyên môn",
        "ban",
        "sở",
        "trung tâm",
        # "246 viên chức các đơn vị sự nghiệp khác như văn hóa, thể thao, truyền thông": the units' fields
        "đơn vị sự nghiệp",
    ),
    # the work staff are sent to help with, by field: "cử cán bộ về các xã để hỗ trợ nhiệm vụ chuyên môn về nông
    # nghiệp, môi trường" (the officials' own fields are told apart, "thuộc các chuyên ngành trồng trọt, …")
    # ... and the areas of a place's work, told as carried out: "các mảng kinh tế, cải cách hành chính, chuyển đổi số,
    # an sinh xã hội được triển khai đồng bộ"
    "task": ("nhiệm vụ chuyên môn", "nhiệm vụ", "mảng", "các mặt", "mặt công tác"),
    # what a place applies or pushes forward, not its staff's expertise: "xã tập trung ứng dụng công nghệ thông tin,
    # chuyển đổi số để xử lý kịp thời phản ánh"
    "practice": ("ứng dụng", "áp dụng"),
    "training": (
        "tập huấn",
        "bồi dưỡng",
        "đào tạo",
        "huấn luyện",
        "hội nghị",
        "chuyên đề",
        "hướng dẫn",
        # what is taught or studied: "kiến thức pháp luật về quản lý nhà nước trong lĩnh vực xây dựng, giao
        # thông", "97 người học thạc sĩ các lĩnh vực công nghệ thông tin, đất đai …"
        "kiến thức",
        "nghiệp vụ",
        "quản lý nhà nước",
        "học thạc sĩ",
        "học tiến sĩ",
        "đi học",
        "theo học",
    ),
    # fields of dossiers and procedures: "513 hồ sơ trực tuyến thuộc các lĩnh vực người có công, bảo trợ xã hội,
    # hộ tịch, đất đai", "làm chậm việc giải quyết thủ tục …, rõ nhất ở các lĩnh vực đăng ký hành chính, tài chính"
    # ... and what people declare at the desk: "hỗ trợ kê khai đất đai, hộ tịch"
    "dossier": ("hồ sơ", "thủ tục", "dịch vụ công", "tthc", "kê khai"),
    # what people raise, by field: "nhận phản ánh vướng mắc về nông nghiệp, môi trường để báo về Sở" names the
    # matters staff sent will hear, not their expertise
    # the state of affairs reported in fields: "gom tình hình đất đai, nông nghiệp, môi trường ở tỉnh để báo cáo"
    "matter": ("phản ánh", "vướng mắc", "kiến nghị", "khiếu nại", "thắc mắc", "tình hình"),
    # the fields documents and policies are about: "thông qua 21 nghị quyết thuộc các lĩnh vực tài chính – ngân sách,
    # thu hút đầu tư, đất đai, giáo dục" names what the resolutions regulate, no staff's expertise
    "document": ("nghị quyết", "văn bản", "chính sách", "quyết định", "đề án", "dự án", "quy định"),
}
# A list of fields named as lacking or wanted is role "need"; otherwise it profiles staff sent ("assigned").
NEED_CUES = (
    "thiếu",
    "thiếu hụt",
    "chưa đủ",
    "cần",
    "cần thiết",
    "trọng tâm",
    "ưu tiên",
    "nhu cầu",
    "đề nghị",
    "đề xuất",
    "khó khăn",
    "chưa đáp ứng",
    "còn yếu",
    "hạn chế",
    "vướng",
)

# One field lacking, named right after the staff it is lacking: "Xã Hồng Sơn thiếu công chức quản lý đất đai",
# "Phòng Kinh tế lại không có công chức tài chính - kế toán", "thiếu công chức chuyên trách công nghệ thông tin
# … và cán bộ phụ trách truyền thông" (the fields of one clause make one list). A field after staff without a
# lack ("5 công chức địa chính được điều động") is not read alone.
LACK_BEFORE_STAFF = ("thiếu", "thiếu hụt", "không có", "chưa có", "cần", "cần bổ sung", "cần thêm")
STAFF_NOUNS = ("công chức", "cán bộ", "viên chức", "người", "nhân lực", "nhân sự", "chuyên viên")
STAFF_QUALIFIERS = ("chuyên trách", "phụ trách", "có chuyên môn", "chuyên môn", "chuyên ngành", "ngành", "lĩnh vực")
# between a qualifier and its field: "thiếu công chức chuyên môn về công nghệ thông tin"
QUALIFIER_LINKS = ("về",)
