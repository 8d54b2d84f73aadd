"""The domain vocabulary of DESIGN.md: English identifiers, each member carrying its Chinese label.

Labels are the generic terms; the names a particular text uses (县长, 负责常务工作的副区长, ...) are
aliases here and, per government, `Ruleset.role_names`.
"""

from __future__ import annotations

from govrules.labels import LabeledEnum

__all__ = [
    "AbsenceReason",
    "Addressee",
    "DocumentKind",
    "Issuer",
    "LeaveKind",
    "Level",
    "Matter",
    "MeetingKind",
    "ReviewAct",
    "Role",
]


def _at_levels(*names: str) -> tuple[str, ...]:
    """'常务会议' -> 市政府常务会议, 县人民政府常务会议, ...: a meeting as each text names it."""
    return tuple(f"{lv}{gov}{n}" for n in names for lv in "市县区" for gov in ("政府", "人民政府"))


class Level(LabeledEnum):
    """The level of a local government."""

    CITY = "市"
    COUNTY = "县"
    DISTRICT = "区"


class Role(LabeledEnum):
    """A role in or around a government: a post held by a person, or a body acting as one."""

    HEAD = "市（县、区）长", "市长", "县长", "区长", "政府主要负责人"
    EXECUTIVE_DEPUTY = (
        "常务副市（县、区）长",
        "常务副市长",
        "常务副县长",
        "常务副区长",
        "负责日常工作的副县长",
        "负责常务工作的副区长",
        "负责常务工作的副市长",
    )
    DEPUTY = (
        "副市（县、区）长",
        "副市长",
        "副县长",
        "副区长",
        "分管副市长",
        "分管副县长",
        "分管副区长",
        "分管领导",
        # 咸阳 六十五「向市长、分管市长请假」: the deputy in charge, as a clerk of any level writes it
        "分管市长",
        "分管县长",
        "分管区长",
    )
    SECRETARY_GENERAL = "秘书长", "政府秘书长"
    OFFICE_DIRECTOR = "政府办公室主任", "办公室主任", "市政府办公室主任", "县政府办公室主任", "区政府办公室主任"
    OFFICE_DEPUTY_DIRECTOR = (
        "政府办公室副主任",
        "办公室副主任",
        "市政府办公室副主任",
        "县政府办公室副主任",
        "区政府办公室副主任",
    )
    OFFICE_COORDINATING_DIRECTOR = "政府办公室协调主任", "协调主任"
    # 西丰 六十七 「县政府各部门主要负责人」, 东川 第四十四条 「区人民政府各工作部门主要负责同志」, 崆峒 五十九
    DEPARTMENT_HEAD = (
        "部门主要负责人",
        "部门主要负责同志",
        "局长",
        "市政府部门主要负责人",
        "县政府部门主要负责人",
        "区政府部门主要负责人",
        "市政府工作部门主要负责人",
        "县政府工作部门主要负责人",
        "区政府工作部门主要负责人",
    )
    ACTING_DEPARTMENT_HEAD = "主持工作的负责人", "部门主持工作的负责人"
    DEPARTMENT_DEPUTY_HEAD = "部门分管负责人", "部门副职"
    TOWNSHIP_HEAD = "乡镇（街道）主要负责人", "乡镇主要负责人", "街道主要负责人"
    PARTY_GROUP_MEMBER = "党组成员", "政府党组成员"
    MAYOR_ASSISTANT = "市长助理"
    COUNSELLOR = "副市级咨询员"
    PARTY_SECRETARY = "党委书记", "市委书记", "县委书记", "区委书记"
    PARTY_COMMITTEE = "同级党委", "市委", "县委", "区委"
    PARTY_COMMITTEE_OFFICE = "党委办公室", "市委办公室", "县委办公室", "区委办公室"
    HIGHER_PARTY_COMMITTEE = "上级党委"
    HIGHER_GOVERNMENT = "上级人民政府", "上级政府"
    HIGHER_GOVERNMENT_OFFICE = "上级政府办公厅（室）", "上级政府办公厅", "上级政府办公室"
    GOVERNMENT = "本级人民政府", "本级政府"
    GOVERNMENT_OFFICE = "本级政府办公室", "政府办公室"
    PEOPLES_CONGRESS = "人大常委会", "人大及其常委会"
    CPPCC = "政协"
    DISCIPLINE_INSPECTION = "纪检监察机关", "纪委监委"
    AUDIT_BUREAU_HEAD = "审计局局长"
    FINANCE_BUREAU_HEAD = "财政局局长"
    JUSTICE_BUREAU_HEAD = "司法局局长"
    LEGAL_AFFAIRS_HEAD = "政府法制机构负责人", "法制办主任"
    INSPECTION_HEAD = "督查机构负责人", "督查考核局局长"
    SUPERVISION_BUREAU_HEAD = "监察局局长"
    REPORTING_UNIT_HEAD = "议题汇报单位负责人"
    UNIT_HEAD = "有关单位负责人", "单位负责人"
    DEVELOPMENT_REFORM_HEAD = "发展改革局局长", "发改局局长"
    POLICY_RESEARCH_HEAD = "党委政研室负责人", "区委政研室负责人", "政研室主任"
    FOREIGN_AFFAIRS_OFFICE = "党委外事办公室", "外办", "区委外办", "县委外办", "市委外办"
    FOREIGN_AFFAIRS_DEPUTY = (
        "分管外事工作的副市（县、区）长",
        "分管外事工作的副区长",
        "分管外事工作的副县长",
        "分管外事工作的副市长",
    )
    TOWNSHIP_PARTY_SECRETARY = "乡镇（街道）党委主要负责同志", "乡镇党委书记", "街道党工委书记"
    COORDINATION_OFFICE_HEAD = "议事协调机构办公室负责人", "议事协调机构下设办公室负责人"
    DISPATCHED_AGENCY_HEAD = "派出机构主要负责人", "区政府派出机构主要负责人"
    TOWNSHIP_DEPUTY_HEAD = "乡镇（街道）分管负责人", "镇政府（街道办事处）分管负责人", "乡镇分管负责人"
    CO_DEPARTMENT_HEAD = "相关部门主要负责人", "协办部门主要负责人"
    GOVERNMENT_LEADER = "政府领导同志", "县政府领导同志", "市政府领导同志", "区政府领导同志", "县政府领导"
    PARTY_COMMITTEE_LEADER = "党委领导", "县委领导", "市委领导", "区委领导"
    OFFICE_CLERK = "政府办公室文秘人员", "文秘人员", "联系该项工作的文秘人员", "联系文秘人员"
    OFFICE_SECRETARIAL_DEPUTY_DIRECTOR = "分管文秘工作的副主任", "分管文秘工作副主任"
    ASSISTANT = "助手", "随员"
    DEPUTY_SECRETARY_GENERAL = "副秘书长", "政府副秘书长", "市政府副秘书长"
    SUBORDINATE_GOVERNMENT_HEAD = "下级政府主要负责人", "县市区政府主要负责同志", "县（市、区）政府主要负责人"
    DUTY_OFFICE = "政府总值班室", "总值班室", "值班机构"
    COMMISSIONING_LEADER = "委托召开会议的领导同志", "委托召开会议的市政府领导同志"
    MEETING_CHAIR = "会议主持人", "主持人"


class MeetingKind(LabeledEnum):
    """The kinds of government meeting the texts name."""

    PLENARY = "全体会议", "政府全体会议", *_at_levels("全体会议")
    EXECUTIVE = "常务会议", "政府常务会议", *_at_levels("常务会议")
    HEAD_OFFICE = (
        "市（县、区）长办公会议",
        "市长办公会议",
        "县长办公会议",
        "区长办公会议",
        "办公会议",
        "县长办公会",
        "区长办公会",
        "市长办公会",
    )
    TOPICAL = "专题会议", "专项会议", "专题（专项）会议", "政府专题会议", *_at_levels("专题会议", "专项会议")
    HEAD_BRIEFING = "区长碰头会议", "碰头会议", "县长碰头会议", "市长碰头会议"
    PARTY_GROUP = "党组会议", "政府党组会议", *_at_levels("党组会议")
    # district-xx 五十二 「区政府工作会议按会议内容、出席人员分为两类」
    WORK_CONFERENCE = "工作会议", "全区性会议", "全县性会议", "全市性会议", "政府工作会议", *_at_levels("工作会议")
    WORK_CONFERENCE_CLASS_1 = "一类工作会议", "一类会议"
    WORK_CONFERENCE_CLASS_2 = "二类工作会议", "二类会议"
    STUDY_SESSION = "专题学习", "学习会", "政府专题学习"


class DocumentKind(LabeledEnum):
    """The 15 kinds of official document (《党政机关公文处理工作条例》第八条)."""

    RESOLUTION = "决议"
    DECISION = "决定"
    ORDER = "命令（令）", "命令", "令"
    COMMUNIQUE = "公报"
    ANNOUNCEMENT = "公告"
    PUBLIC_NOTICE = "通告"
    OPINION = "意见"
    NOTICE = "通知"
    BULLETIN = "通报"
    REPORT = "报告"
    REQUEST = "请示"
    REPLY = "批复"
    MOTION = "议案"
    LETTER = "函"
    MINUTES = "纪要", "会议纪要"


class Issuer(LabeledEnum):
    """In whose name a document is issued."""

    # 咸阳 五十二 以市政府名义, 西丰 五十三 以县政府名义, 崆峒 五十二 / district-xx 六十一 以区政府名义
    GOVERNMENT = "以政府名义", "政府", "市政府", "县政府", "区政府", "以市政府名义", "以县政府名义", "以区政府名义"
    # 西丰 五十三 以县政府办公室名义, 东川 三十三 / 崆峒 五十二 / district-xx 六十一 以区政府办公室名义
    GOVERNMENT_OFFICE = (
        "以政府办公室名义",
        "政府办公室",
        "市政府办公室",
        "县政府办公室",
        "区政府办公室",
        "以市政府办公室名义",
        "以县政府办公室名义",
        "以区政府办公室名义",
        # 西丰 附件1 「以县政府或县政府办名义」: 政府办 for 政府办公室
        "政府办",
        "市政府办",
        "县政府办",
        "区政府办",
        "以市政府办名义",
        "以县政府办名义",
        "以区政府办名义",
    )
    DEPARTMENT = "部门", "以部门名义"
    # 东川 第三十三条 「以区委、区政府名义」, 西丰 五十三 「以县委、县政府名义」
    JOINT_PARTY_GOVERNMENT = (
        "党委政府联合",
        "党委、政府联合发文",
        "市委市政府联合",
        "县委县政府联合",
        "区委区政府联合",
        "以市委、市政府名义",
        "以县委、县政府名义",
        "以区委、区政府名义",
    )
    JOINT_OFFICES = "两办联合", "党委办公室、政府办公室联合发文"
    JOINT_EXTERNAL = "与其他机关联合", "与其他政府或上级部门联合行文"
    PARTY_GROUP = "以政府党组名义", "政府党组", "县政府党组", "党组文件"
    TOWNSHIP = "以乡镇（街道）名义", "乡镇政府", "乡（镇）政府", "街道办事处"
    # 东川 第三十三条 「以区人民政府议事协调机构名义」
    COORDINATION_BODY = (
        "以议事协调机构名义",
        "议事协调机构",
        "以市政府议事协调机构名义",
        "以县政府议事协调机构名义",
        "以区政府议事协调机构名义",
        # district-xx 五十六 ¶4 「区政府议事协调机构…不得直接向区政府报送公文」: the body as the text names it
        *_at_levels("议事协调机构"),
    )
    SUBORDINATE_GOVERNMENT = "以下级政府名义", "下级政府", "县市区政府", "县（市、区）政府"


class Addressee(LabeledEnum):
    """To whom a document is addressed (主送)."""

    HIGHER_GOVERNMENT = "上级政府", "上级人民政府", "省政府", "省人民政府"
    HIGHER_DEPARTMENT = "上级政府部门"
    PEOPLES_CONGRESS = "人大及其常委会", "人大", "人大常委会"
    PARTY_COMMITTEE = "同级党委", "党委"
    SUBORDINATES = "下级", "下级机关", "乡镇、部门"
    PEERS = "不相隶属机关", "平级机关", "不相隶属/平级机关"
    PUBLIC = "社会公众", "公众"
    CPPCC = "政协", "县政协", "市政协", "区政协"
    GOVERNMENT = "本级政府", "本级人民政府"


class Matter(LabeledEnum):
    """What a document or decision is about, as far as the rules distinguish it."""

    PERSONNEL = "人事任免"
    TRAVEL_ABROAD = "出国审批", "出国（境）审批"
    MAJOR = "重大事项", "重大方针政策", "重要事项"
    FUNDS = "资金", "财政支出", "资金使用"
    ROUTINE = "例行批准手续", "例行事项"
    DECIDED_AT_MEETING = "已经会议决定", "会议已决定事项"
    EMERGENCY = "特殊紧急", "紧急事项"
    NORMATIVE = "行政规范性文件", "规范性文件"
    MULTI_PORTFOLIO = "涉及数名副职分管", "跨分管领域"
    THREE_MAJORS_ONE_LARGE = "三重一大"
    REGULATION = "规章", "政府规章"
    OFFICE_BUSINESS = "办公室业务", "政府办公室自身业务"
    STAFFING = "编制", "机构编制"
    TARGET_ASSESSMENT = "目标考核"
    LAND = "土地"
    HEAD_ASSIGNED = "主要负责人直接交办", "县长直接交办", "市长直接交办", "区长直接交办"
    CROSS_DEPARTMENT = "涉及其他部门职权", "跨部门事项"


class LeaveKind(LabeledEnum):
    """Kinds of absence the texts regulate."""

    # 西丰 六十七 离丰外出, 咸阳 六十五 离咸外出, 东川 四十四 离开东川: the texts' own words for leaving
    TRIP = (
        "离开辖区外出",
        "外出",
        "出差",
        "离开辖区",
        "离丰",
        "离咸",
        "离开西丰",
        "离开咸阳",
        "离区",
        "离县",
        "离市",
        "离丰外出",
        "离咸外出",
        "离开东川",
    )
    VACATION = "休假"
    MEETING_ABSENCE = "不能出席会议", "会议请假", "缺席会议"
    VISIT_ABROAD = "出访", "出国（境）", "因公出国（境）"
    STUDY = "学习", "外出学习"


class AbsenceReason(LabeledEnum):
    """Reasons a text accepts for absence from a meeting."""

    OFFICIAL_MEETING = "参加上级重要会议及活动", "参加上级会议"
    OFFICIAL_TRIP = "因公出访或出差", "因公出差", "因公出访", "出差", "出访"
    EMERGENCY = "处置重大突发事件", "突发事件"
    HEALTH = "个人身体健康", "生病", "身体原因"
    PERSONAL = "个人事务", "私事"


class ReviewAct(LabeledEnum):
    """What a reviewer did with a document before it was signed."""

    CIRCLED = "圈阅"
    OPINION = "签署意见", "书面意见", "批示"
    REVIEWED = "审核", "审签", "核稿"
    COUNTERSIGNED = "会签"
