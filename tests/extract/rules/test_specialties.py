"""Lists of fields of expertise (lang/vi/specialties.py, rules/specialties.py): real wordings from staffing news, and
lists that are not about staff. Each row asserts the rule as well as the items and role."""

import pytest


def specialty_lists(facts) -> list[tuple[list[str], str, str]]:
    return [(f.specialties, f.role, f.rule) for f in facts if f.metric == "specialties"]


@pytest.mark.parametrize(
    ("sentence", "items", "role"),
    [
        (
            "UBND TP Hải Phòng sẽ điều động các cán bộ, công chức có trình độ chuyên môn trong các lĩnh vực "
            "quan trọng như: quy hoạch, xây dựng, kiến trúc, quản lý đất đai, tài nguyên và môi trường.",
            ["quy hoạch", "xây dựng", "kiến trúc", "quản lý đất đai", "tài nguyên và môi trường"],
            "assigned",
        ),
        (
            "Tỉnh đã bố trí 39 chuyên ngành kế toán, 18 chuyên ngành công nghệ thông tin, 6 chuyên ngành địa chính.",
            ["kế toán", "công nghệ thông tin", "địa chính"],
            "assigned",
        ),
        (
            "Nhiều xã ở Quảng Trị còn thiếu công chức địa chính, tư pháp - hộ tịch và kế toán.",
            ["địa chính", "tư pháp - hộ tịch", "kế toán"],
            "need",
        ),
        (
            "Một số lĩnh vực chuyên sâu như: y tế, xây dựng, giao thông, quy hoạch… hiện đang thiếu nhân lực.",
            ["y tế", "xây dựng", "giao thông", "quy hoạch"],
            "need",
        ),
        (
            "Phường Long Biên đề nghị ưu tiên tuyển dụng người có chuyên môn về công nghệ thông tin và chuyển đổi số.",
            ["công nghệ thông tin", "chuyển đổi số"],
            "need",
        ),
        (
            "Các cán bộ được tăng cường đều là thạc sĩ các chuyên ngành kinh tế, luật, chính sách công.",
            ["kinh tế", "luật", "chính sách công"],
            "assigned",
        ),
        # a field underthesea cuts otherwise alone ("thủy lợi") and fields of three or four words
        (
            "Sở cử 9 cán bộ có trình độ kỹ sư thuộc các chuyên ngành chăn nuôi, nuôi trồng thủy sản, thủy lợi và kỹ "
            "thuật trắc địa bản đồ.",
            ["chăn nuôi", "nuôi trồng thủy sản", "thủy lợi", "kỹ thuật trắc địa bản đồ"],
            "assigned",
        ),
        # the degrees of officials sent
        (
            "Phần lớn 11 người được cử đang công tác tại các sở. Tất cả đều có bằng đại học các ngành quản lý đất "
            "đai, kế toán, tài chính - ngân hàng.",
            ["quản lý đất đai", "kế toán", "tài chính - ngân hàng"],
            "assigned",
        ),
        (
            "Nhiều xã gặp khó vì thiếu nhân lực có chuyên môn, chủ yếu ở các lĩnh vực đất đai, xây dựng và thực hiện "
            "chính sách.",
            ["đất đai", "xây dựng", "thực hiện chính sách"],
            "need",
        ),
        (
            "Các xã ven biển của Cà Mau còn thiếu 3 công chức thuỷ sản và 2 công chức nông nghiệp.",  # old tones
            ["thủy sản", "nông nghiệp"],
            "need",
        ),
        (
            "Phường Buôn Hồ thiếu 6 công chức chuyên môn về địa chính, tư pháp.",  # "Buôn Hồ thiếu" one word
            ["địa chính", "tư pháp"],
            "need",
        ),
        (
            "Nhiều xã chưa đủ công chức làm công tác địa chính, xây dựng và tài chính.",
            ["địa chính", "xây dựng", "tài chính"],
            "need",
        ),
        # posts and vacancies name the staff the list is about
        (
            "Các vị trí còn trống chủ yếu thuộc lĩnh vực địa chính, kế toán và quản lý giáo dục.",
            ["địa chính", "kế toán", "quản lý giáo dục"],
            "assigned",
        ),
        (
            "Tình trạng thừa, thiếu cục bộ ở các vị trí chuyên môn vẫn còn, nhất là lĩnh vực xây dựng, y tế.",
            ["xây dựng", "y tế"],
            "need",
        ),
        # two fields joined by a dash alone are one post's field (thirtieth set, issue 16)
        (
            "Xã vẫn đang thiếu nhân lực ở một số lĩnh vực như công nghệ thông tin, tài chính – ngân sách, dân tộc.",
            ["công nghệ thông tin", "tài chính - ngân sách", "dân tộc"],
            "need",
        ),
        (
            "Phường còn thiếu công chức tài chính - kế toán và xây dựng.",
            ["tài chính - kế toán", "xây dựng"],
            "need",
        ),
        # a long list a colon opens, its items parted by semicolons; fields named in more words (unseen49, issue 16)
        (
            "Cán bộ tăng cường sẽ hỗ trợ các xã ở nhiều lĩnh vực: tư pháp, hộ tịch; kế toán; văn hóa thông tin.",
            ["tư pháp", "hộ tịch", "kế toán", "văn hóa thông tin"],
            "assigned",
        ),
        # the list's own colon, not the first of the sentence (review of 0.8.85)
        (
            "Ngày 5/9: xã thiếu công chức các lĩnh vực: tư pháp, hộ tịch; kế toán.",
            ["tư pháp", "hộ tịch", "kế toán"],
            "need",
        ),
        (
            "Đội ngũ cán bộ cấp xã thiếu chuyên môn, nhất là đất đai, quản lý thủy lợi, phòng chống thiên tai.",
            ["đất đai", "quản lý thủy lợi", "phòng chống thiên tai"],
            "need",
        ),
    ],
)
def test_a_list_of_fields_about_staff_is_read(read, sentence, items, role):
    assert specialty_lists(read(sentence)) == [(items, role, "specialties.list")]


@pytest.mark.parametrize(
    ("text", "items", "role"),
    [
        # fields named one by one after the staff a clause says are lacking
        ("Xã Hồng Sơn thiếu công chức quản lý đất đai.", ["quản lý đất đai"], "need"),
        ("Phòng Kinh tế lại không có công chức tài chính - kế toán.", ["tài chính - kế toán"], "need"),
        # "về" between the qualifier and its field (forty-third set, issue 16)
        (
            "Gần như xã nào cũng báo cáo thiếu công chức chuyên môn về công nghệ thông tin.",
            ["công nghệ thông tin"],
            "need",
        ),
        (
            "Xã Mường Ảng vẫn thiếu công chức chuyên trách công nghệ thông tin tại Văn phòng HĐND - UBND và cán bộ "
            "phụ trách truyền thông ở Phòng Văn hóa - Xã hội.",
            ["công nghệ thông tin", "truyền thông"],
            "need",
        ),
        # a sentence naming only fields goes on from a sentence about staff before it in its paragraph
        (
            "Các sở phải lập danh sách tối thiểu 5% cán bộ, công chức để điều động, biệt phái về các xã. Ưu tiên các "
            "lĩnh vực quản lý đất đai, tài chính, xây dựng và trung tâm phục vụ hành chính công.",
            ["quản lý đất đai", "tài chính", "xây dựng"],
            "need",
        ),
        # people counted by field
        (
            "Trong số 11 người được cử đi, có 6 người thuộc lĩnh vực địa chính, đất đai.",
            ["địa chính", "đất đai"],
            "assigned",
        ),
    ],
)
def test_fields_told_around_staff_are_read(read, text, items, role):
    assert specialty_lists(read(text)) == [(items, role, "specialties.list")]


@pytest.mark.parametrize(
    "text",
    [
        # no lack: a field after staff sent is the staff figure's specialty
        "Tỉnh điều động 5 công chức địa chính về xã.",
        # a lack of something else
        "Xã thiếu trụ sở làm việc cho công chức tư pháp.",
        # staff of a field in place, no lack told
        "Xã có 3 công chức chuyên môn về công nghệ thông tin.",
        # a sentence of fields after one about training, or about nothing of staff
        "Tỉnh tổ chức tập huấn cho cán bộ xã. Nội dung gồm các lĩnh vực đất đai, tài chính, xây dựng.",
        "Các xã gặp khó khăn. Ưu tiên các lĩnh vực đất đai, tài chính.",
    ],
)
def test_fields_around_staff_without_a_lack_or_a_staff_context_are_not_read(read, text):
    assert specialty_lists(read(text)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a training topic, not the profile of staff
        "300 lượt cán bộ, công chức tham gia tập huấn chuyên sâu về tài chính – ngân sách, đất đai, tư pháp.",
        # fields of departments
        "Cấp xã có 2 phòng chuyên môn đảm nhiệm nhiệm vụ của nhiều lĩnh vực: văn hóa – xã hội, kinh tế - hạ tầng.",
        # difficulties in fields, in a clause of their own
        "Còn khó khăn về đội ngũ cán bộ; một số lĩnh vực như: tài nguyên, nông nghiệp, môi trường, đầu tư.",
        # where money goes
        "Tỉnh dành 1.200 tỷ đồng đầu tư cho y tế, giáo dục và giao thông nông thôn.",
        # one field is not a list
        "Xã cần thêm 2 công chức địa chính.",
        # fields of dossiers and procedures
        "Phường tiếp nhận 412 hồ sơ thuộc các lĩnh vực người có công, hộ tịch, đất đai, xây dựng.",
        "Người dân phản ánh chậm giải quyết thủ tục, nhất là các lĩnh vực đất đai, xây dựng.",
        # what is taught or studied
        "Lớp tập huấn cho cán bộ xã về kiến thức quản lý nhà nước trong lĩnh vực xây dựng, giao thông.",
        "Tỉnh cử 54 người học thạc sĩ các lĩnh vực công nghệ thông tin, đất đai, tài chính.",
        # a fixed phrase, not two fields
        "Tỉnh ưu tiên công chức về những xã có điều kiện kinh tế - xã hội còn khó khăn.",
        # the matters people raise, which staff sent will hear (sixth set, issue 16)
        "Số cán bộ này hỗ trợ chuyên môn và nhận phản ánh vướng mắc về nông nghiệp, môi trường để báo về Sở.",
        "Tổ công tác của cán bộ tỉnh tiếp nhận kiến nghị của người dân về đất đai, xây dựng.",
        # a field whose lack is of something else than staff at places
        "Tỉnh đầu tư công nghệ thông tin, chuyển đổi số cho các xã thiếu thiết bị.",
        # the work officials are sent to help with, and the acts of managing officials
        "Sở cử cán bộ về các xã để hỗ trợ nhiệm vụ chuyên môn về nông nghiệp, môi trường.",
        "Việc điều động gắn với quy hoạch, đào tạo, bồi dưỡng và sử dụng cán bộ lâu dài.",
        # the fields of public units, and what a commune applies
        "Tỉnh điều động 246 viên chức các đơn vị sự nghiệp khác như văn hóa, thể thao, truyền thông.",
        "Xã tập trung ứng dụng công nghệ thông tin, chuyển đổi số để xử lý kịp thời phản ánh của cán bộ, người dân.",
        # a programme's graduates in general, under a training word nearer the list
        "Trường mở lớp đào tạo cho người đã tốt nghiệp, gồm các lớp đất đai, xây dựng.",
        # the fields documents regulate, a staff word after them naming one more field (twenty-ninth set, issue 16)
        "HĐND tỉnh thông qua 21 nghị quyết thuộc các lĩnh vực tài chính – ngân sách, đất đai, giáo dục, chế độ cán bộ.",
        # the areas of a place's work carried out, and the state of affairs reported (thirtieth set, issue 16)
        "Xã hiện có 77 cán bộ, các mảng kinh tế, cải cách hành chính, chuyển đổi số được triển khai đồng bộ.",
        "Các công chức làm việc chuyên môn và gom tình hình đất đai, nông nghiệp, môi trường để báo cáo về bộ.",
        "Nhiều cán bộ ở nhờ nhà dân, sáng nào cũng mở cửa tiếp dân, hỗ trợ kê khai đất đai, hộ tịch.",  # declarations
    ],
)
def test_a_list_not_about_staff_is_not_a_fact(read, sentence):
    assert specialty_lists(read(sentence)) == []


def test_fields_told_lacking_at_places_are_needs_clause_by_clause(read):
    text = (
        "Nhiều nơi trắng người có bằng cấp phù hợp: công nghệ thông tin thiếu ở 68 xã; tư pháp, hộ tịch thiếu ở 4 nơi."
    )
    assert [(f.specialties, f.role) for f in read(text) if f.metric == "specialties"] == [
        (["công nghệ thông tin"], "need"),
        (["tư pháp", "hộ tịch"], "need"),
    ]


def test_a_semicolon_away_from_a_colon_parts_two_lists(read):
    # a semicolon with no colon opening the list parts clauses, each its own list (unseen9 stays as it was)
    text = "Ông Dương chia sẻ: xã hiện thiếu cán bộ giao thông, xây dựng; công chức nội vụ, công chức giáo dục."
    assert [items for items, _, _ in specialty_lists(read(text))] == [
        ["giao thông", "xây dựng"],
        ["nội vụ", "giáo dục"],
    ]
