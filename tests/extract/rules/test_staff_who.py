"""Who a staff figure counts: officials who stay are not moved, a desk's work is not a transfer, a block of the
commune's apparatus lacking people is a shortage (lang/vi/cues.py STAYING_AFTER, NOT_STAFF_VERB_OBJECTS;
lang/vi/populations.py BLOCKS)."""

import pytest


def _figures(facts):
    return [(f.metric, f.value) for f in facts if f.value is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        # people who stay where they are: no transfer
        "Ngày 1/7, nhiều cán bộ từ Kon Tum đã về Quảng Ngãi; 915 người tiếp tục làm việc tại Kon Tum.",
        "Có 1.100 cán bộ tiếp tục làm việc tại Yên Bái, trong đó sau ngày 1/9 sẽ có thêm một số người chuyển về.",
        "Khoảng 640 công chức ở lại làm việc tại trụ sở cũ của tỉnh Bắc Kạn sau sáp nhập.",
        "Theo phương án điều động, 210 viên chức vẫn làm việc tại cơ sở cũ, không phải di chuyển.",
        "Có 355 công chức không thuộc diện điều động trong đợt này.",
        # one person at a desk doing the receiving: nobody is moved
        "Ở xã Pà Cò, bộ phận một cửa chỉ có một người, vừa tiếp nhận vừa trả kết quả hồ sơ.",
        "Trung tâm hành chính công của phường mới có hai người phải kiêm cả tiếp nhận lẫn số hóa hồ sơ.",
    ],
)
def test_no_transfer_of_people_who_stay_or_of_a_desks_work(read, sentence):
    assert [m for m, _ in _figures(read(sentence)) if m == "staff_transfer"] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the moved part of those who stayed is still a transfer
        ("Có 1.100 cán bộ tiếp tục làm việc tại Yên Bái, trong đó sau ngày 1/9 sẽ có thêm 260 người chuyển về Lào Cai.",
         260),
        ("Ngày 1/7, 820 cán bộ, công chức từ Kon Tum đã chuyển về Quảng Ngãi làm việc.", 820),
        ("Sở Nội vụ đã tiếp nhận 45 công chức từ các sở về làm việc tại trung tâm hành chính công.", 45),
        ("Tỉnh tiếp tục biệt phái 120 công chức về các xã biên giới.", 120),
        ("Xã Ia Grai hiện có 7 người biệt phái từ các sở, ngành.", 7),
    ],
)  # fmt: skip
def test_a_transfer_stays_a_transfer(read, sentence, value):
    assert ("staff_transfer", value) in _figures(read(sentence))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ông Lò Văn Pọm cho biết trước khi sắp xếp, khối chính quyền của xã thiếu 11 người.", 11),
        ("Khối Đảng của phường hiện còn thiếu 4 người.", 4),
    ],
)
def test_a_block_lacking_people_is_a_shortage(read, sentence, value):
    assert ("staff_shortage", value) in _figures(read(sentence))
