"""Administrative dossiers: received, resolved, online, on time, and those still waiting or of no citizen.

Cues are in the view form (lower case, new tone placement). DOSSIER_CUES is ordered: when several of its cues
sit near a figure, the first listed wins. tests/extract/rules/test_dossiers.py holds the table of real phrases.
"""

from monitor.extract.lang.vi.abbreviations import with_abbreviations

DOSSIER_CUES = {
    # "tỉ lệ giải quyết trong hạn đạt 95,35%": within the time limit is on time
    # "trả đúng hẹn": returned on the day promised, on time
    # "tỷ lệ giải quyết đúng và sớm hạn đạt 99,6%": ahead of time is on time too
    "dossiers_on_time": (
        "đúng hạn",
        "trước hạn",
        "đúng và trước hạn",
        "đúng thời hạn",
        "trong hạn",
        "đúng hẹn",
        "sớm hạn",
        "đúng và sớm hạn",
        # "Tỷ lệ hồ sơ được giải quyết bảo đảm thời hạn đạt 97%": within its time limit
        "bảo đảm thời hạn",
        "đảm bảo thời hạn",
    ),
    "dossiers_online": with_abbreviations(
        (
            "trực tuyến",
            "điện tử",
            "qua mạng",
            "dịch vụ công trực tuyến",
            "online",
            "qua cổng",  # "nộp qua Cổng dịch vụ công quốc gia": the online portal
            "cổng dịch vụ công",
            "môi trường mạng",
            "môi trường số",  # "96,5% hồ sơ được nộp qua môi trường số"
            # the national e-ID app and the digital counters that file through it: "tiếp nhận 100% hồ sơ qua quầy
            # giao dịch số, trên Cổng Dịch vụ công quốc gia và ứng dụng VNeID"
            "vneid",
            "giao dịch số",
        )
    ),  # and "hồ sơ DVCTT"
    # "997.315 hồ sơ đã có kết quả": a dossier with its result is resolved
    "dossiers_resolved": (
        "giải quyết",
        "xử lý",
        "trả kết quả",
        "hoàn thành",
        "có kết quả",
        "đã có kết quả",
    ),
    # "Xã đã thụ lý 1.250 hồ sơ": taken up for handling is received ("đang thụ lý" is pending: PENDING_CUES)
    "dossiers_received": ("tiếp nhận", "tiếp", "nhận", "nộp", "phát sinh", "thụ lý"),
}

# dossiers still waiting are none of the dossier metrics: "12.300 hồ sơ đang giải quyết", "chưa giải quyết"
PENDING_CUES = (
    "chưa giải quyết",
    "đang giải quyết",
    "đang xử lý",
    "chưa xử lý",
    # the passive says the same: "Hiện còn 280 hồ sơ đang được xử lý trong thời hạn"
    "đang được giải quyết",
    "đang được xử lý",
    "đang được thụ lý",
    "quá hạn",
    "trễ hạn",
    # late results are no metric either: "Cả giai đoạn chỉ có 2 hồ sơ trả kết quả muộn"
    "muộn",
    "trễ",
    "tồn đọng",
    "chờ",
    "đang trong thời hạn",  # "8.309 hồ sơ đang trong thời hạn giải quyết": still open, in time
    "đang trong hạn",
    "còn trong hạn",  # "8 hồ sơ còn trong hạn; không có hồ sơ nào quá hạn"
    "còn trong thời hạn",
    "chưa đến hạn",
    "đang thụ lý",
    # not yet completed: "số hồ sơ chưa hoàn thành là 150 hồ sơ"
    "chưa hoàn thành",
    "đang hoàn thành",
    # "222 hồ sơ đang trong quá trình giải quyết"
    "đang trong quá trình giải quyết",
    "đang trong quá trình xử lý",
    "trong quá trình giải quyết",
    # dossiers turned away are none received: "45 hồ sơ không đủ điều kiện tiếp nhận", "bị từ chối tiếp nhận"
    "không đủ điều kiện",
    "chưa đủ điều kiện",
    "từ chối",
)

# what a dossier is when it is no citizen's application to an administration: an official's own request to
# leave ("2.005 hồ sơ xin nghỉ theo Nghị định 178"), a court case, a candidate's file
NOT_ADMIN_DOSSIERS = (
    "xin nghỉ",
    "đề nghị nghỉ",
    "nghỉ việc",
    "nghỉ hưu",
    "nghỉ thôi việc",
    "đăng ký nghỉ",  # "597 hồ sơ của cán bộ, công chức, viên chức cấp xã, cấp huyện đăng ký nghỉ"
    # the leavers' own claims to their benefits: "1.630 hồ sơ đề nghị giải quyết chế độ của những người … nghỉ việc"
    # ("hồ sơ hưởng chế độ người có công" is a citizen's: not listed)
    "đề nghị giải quyết chế độ",
    "vụ án",
    "vụ việc",
    "dự tuyển",
    "xét tuyển",
    "dự thi",
    # an election's candidacy files: "nhận 1 hồ sơ tự ứng cử đại biểu HĐND tỉnh"
    "tự ứng cử",
    "ứng cử",
    # the administration's own files to found its bodies: "hoàn thành 42 hồ sơ thành lập các phòng chuyên môn" (a
    # business's or a household business's founding is a citizen's procedure: "hồ sơ thành lập hộ kinh doanh" counts)
    "thành lập các phòng",
    "thành lập phòng",
    "thành lập các đơn vị",
    "thành lập đơn vị",
    "thành lập các cơ quan",
    "thành lập cơ quan",
    "thành lập các tổ chức",
)

# the channels besides the online one, by which a dossier is filed at the counter or sent by post: a count of
# them ("2.998 hồ sơ trực tiếp", "Nộp trực tiếp: 280 hồ sơ", "Qua dịch vụ bưu chính công ích: 1 hồ sơ") is a
# channel's part of the dossiers received, which no metric counts (the online channel's is dossiers_online)
COUNTER_CHANNELS = ("trực tiếp", "bưu chính", "bưu điện")
# words joining a counter channel to the online one, the figure then counting both: "1.200 hồ sơ trực tiếp và
# trực tuyến", "nộp trực tiếp hoặc qua Cổng dịch vụ công"
CHANNEL_JOINS = ("và", "hoặc", "cũng như", ",", "/")
# a bulletin line's label naming the online channel alone, its share under a line counting dossiers being theirs:
# "Hồ sơ tiếp nhận: 18.300" then "Trực tuyến: 76%" ("Họp trực tuyến: 90%", "Dịch vụ công trực tuyến toàn trình: 65%"
# name no dossiers' channel)
CHANNEL_LABELS = (
    "trực tuyến",
    "nộp trực tuyến",
    "tiếp nhận trực tuyến",
    "qua mạng",
    "nộp qua mạng",
    "online",
    "qua dịch vụ công trực tuyến",
    "qua cổng dịch vụ công",
)

# a system named by the work it does, the procedures after its verb, with a verb of its own before the figure: the
# name's verb tells no act ("hệ thống giải quyết thủ tục hành chính của thành phố đã tiếp nhận hơn 2,05 triệu hồ sơ"
# counts dossiers received; "Cả hệ thống giải quyết thủ tục hành chính cho 8.500 hồ sơ" resolves them)
SYSTEM_NOUNS = ("hệ thống", "hệ thống thông tin", "phần mềm")
SYSTEM_VERBS = ("giải quyết", "tiếp nhận", "xử lý", "tiếp nhận và giải quyết", "tiếp nhận và trả kết quả")
SYSTEM_OBJECTS = ("thủ tục", "tthc", "hồ sơ")
SYSTEM_OWN_VERBS = ("tiếp nhận", "giải quyết", "xử lý", "trả kết quả", "ghi nhận", "nhận")

# right after the noun only (a topic later in the sentence is no dossier's kind): an official's personnel file, a
# complaint or a denunciation ("hoàn thành 1.250 hồ sơ nhân sự", "thụ lý 14 hồ sơ tố cáo đảng viên"; not "1.500 hồ sơ
# của người dân, giảm khiếu nại so với trước")
NOT_ADMIN_KINDS = ("nhân sự", "tố cáo", "khiếu nại")
