"""平凉市崆峒区人民政府工作规则, no 文号; adopted 2016-10-21 (区政府第1次常务会议), published 2021-06-05.

Source: the 崆峒区 government portal (索引号 6208001003/2020-06528, 发布机构 区政府办), kept as
shared/sources/004_e6990242b792d2f4.txt; the cleaned article texts are texts/kongtong_2016.json.
Twelve chapters, 75 articles numbered 一、二、… (cited 1-75); no annex. The readings chosen where
the text is vague or two provisions meet are in docs/interpretations/kongtong_2016.md.
"""

from __future__ import annotations

from datetime import date

from govrules.model import (
    Addressee,
    DocumentKind,
    Government,
    Issuer,
    LeaveKind,
    Level,
    Matter,
    MeetingKind,
    Role,
)
from govrules.periods import AFTER, DAY, WORKDAY, Period
from govrules.rules import (
    AgendaRequirement,
    AgendaRule,
    Alternate,
    AlternateBasis,
    ApprovalRule,
    CountersignRule,
    DeadlineRule,
    DocumentIs,
    Duty,
    LeaveIs,
    LeaveRule,
    MeetingRule,
    ReviewRule,
    Rhythm,
    RhythmRule,
    RoleIncludes,
    Rule,
    SigningRule,
)
from govrules.rulesets._base import NORMATIVE_KINDS, citations_for, make_ruleset

__all__ = ["KT", "MEETING_NAMES", "NON_OPERATIVE", "ROLE_NAMES", "RULES", "RULESET"]

KT = citations_for("kongtong_2016")

ROLE_NAMES = {
    Role.HEAD: "区长",
    Role.EXECUTIVE_DEPUTY: "负责常务工作的副区长",
    Role.DEPUTY: "副区长",
    Role.PARTY_GROUP_MEMBER: "区政府党组成员",
    Role.OFFICE_DIRECTOR: "区政府办公室主任",
    Role.OFFICE_DEPUTY_DIRECTOR: "区政府办公室副主任",
    Role.DEPARTMENT_HEAD: "部门主要负责同志",
    Role.CO_DEPARTMENT_HEAD: "相关部门负责同志",
    Role.UNIT_HEAD: "有关单位主要负责同志",
    Role.GOVERNMENT_LEADER: "区政府领导",
    Role.TOWNSHIP_HEAD: "乡镇政府主要负责同志",
    Role.PARTY_COMMITTEE: "区委",
    Role.PARTY_COMMITTEE_OFFICE: "区委办公室",
    Role.HIGHER_PARTY_COMMITTEE: "市委",
    Role.HIGHER_GOVERNMENT: "市政府",
    Role.GOVERNMENT: "区政府",
    Role.GOVERNMENT_OFFICE: "区政府办公室",
    Role.PEOPLES_CONGRESS: "区人大常委会",
    Role.CPPCC: "区政协",
    Role.AUDIT_BUREAU_HEAD: "区审计局主要负责同志",
    Role.FINANCE_BUREAU_HEAD: "区财政局主要负责同志",
    Role.JUSTICE_BUREAU_HEAD: "区司法局主要负责同志",
    Role.DEVELOPMENT_REFORM_HEAD: "区发展改革局主要负责同志",
    Role.SUPERVISION_BUREAU_HEAD: "区监察局主要负责同志",
    Role.INSPECTION_HEAD: "区督查考核局主要负责同志",
    Role.LEGAL_AFFAIRS_HEAD: "区政府法制办公室主要负责同志",
    Role.REPORTING_UNIT_HEAD: "议题汇报单位负责同志",
    Role.ASSISTANT: "助手",
    Role.MEETING_CHAIR: "会议主持人",
}

#: The five meetings as 第三十九条 names them.
MEETING_NAMES = {
    MeetingKind.PLENARY: "区政府全体会议",
    MeetingKind.PARTY_GROUP: "区政府党组会议",
    MeetingKind.EXECUTIVE: "区政府常务会议",
    MeetingKind.HEAD_OFFICE: "区长办公会议",
    MeetingKind.TOPICAL: "区政府专题会议",
}

NON_OPERATIVE = {
    1: "制定依据",
    2: "指导思想",
    3: "工作准则",
    5: "组成人员履职要求（倡导性）",
    12: "政府职能概述",
    13: "经济调节职能（倡导性）",
    14: "市场监管职能（倡导性）",
    15: "社会管理职能（倡导性）",
    16: "公共服务职能（倡导性）",
    17: "法治政府建设（倡导性）",
    22: "执法制度名目，无可检查的规则",
    26: "根据需要可听取意见（裁量性）",
    28: "决策执行跟踪（倡导性）",
    30: "政务公开原则",
    33: "接受监督（倡导性）",
    35: "行政复议（倡导性）",
    38: "绩效管理和问责（倡导性）",
    55: "电子公文（倡导性）",
    56: "贯彻执行纪律（倡导性）",
    60: "保密和外事纪律（倡导性）",
    61: "廉政建设（政治要求）",
    62: "廉政监督（倡导性）",
    63: "从严治政（未规定具体程序和时限）",
    64: "廉洁自律（倡导性）",
    65: "领导干部重大事项报告等（外部制度）",
    68: "新闻报道和外事安排按有关规定（外部制度）",
    69: "作风建设（倡导性）",
    70: "学习制度（倡导性）",
    71: "工作作风（倡导性）",
    72: "副区长工作作风（倡导性）",
    74: "干部队伍建设（倡导性）",
}

#: The five meetings of 第三十九条, named together in 第七、四十五、四十六、四十七条.
_FIVE_MEETINGS = (
    MeetingKind.PLENARY,
    MeetingKind.PARTY_GROUP,
    MeetingKind.EXECUTIVE,
    MeetingKind.HEAD_OFFICE,
    MeetingKind.TOPICAL,
)
#: 区长、副区长（含负责常务工作的副区长）、区政府党组成员 — 区政府领导同志.
_LEADERS = (Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.PARTY_GROUP_MEMBER)
_DEPUTIES = (Role.EXECUTIVE_DEPUTY, Role.DEPUTY)
#: 区政府组成部门主要负责同志 — 区政府办公室 is itself a 组成部门.
_DEPARTMENT_HEADS = (Role.DEPARTMENT_HEAD, Role.OFFICE_DIRECTOR)
#: The principals of named 区政府部门 the vocabulary offers, each a 部门主要负责同志 (十 「区政府各部门 … 区审计局」;
#: 四十二 names 区监察局 and 区政府法制办公室 as government bodies, as they were in 2016; 财政局, 司法局 and 发改局 are
#: government departments under every reading). Not the 区督查考核局 (whose body the text does not say) nor the
#: 区委政研室 (a party body). See interpretation `office-director-as-department-head`.
_NAMED_PRINCIPALS = (
    Role.AUDIT_BUREAU_HEAD,
    Role.FINANCE_BUREAU_HEAD,
    Role.JUSTICE_BUREAU_HEAD,
    Role.DEVELOPMENT_REFORM_HEAD,
    Role.SUPERVISION_BUREAU_HEAD,
    Role.LEGAL_AFFAIRS_HEAD,
)
#: 部门主要负责同志 wherever the text says it (第四、五十七、五十九条): the generic role, the office director and the
#: named principals.
_ALL_DEPARTMENT_HEADS = (*_DEPARTMENT_HEADS, *_NAMED_PRINCIPALS)
#: 区政府组成部门主要负责同志 (第四、五十七条 组成人员): the department heads but the 区政府法制办公室's, whose office
#: the text names a 区政府 body (四十二) without saying it is a 组成部门 (interpretation
#: `office-director-as-department-head`).
_COMPOSING_DEPARTMENT_HEADS = tuple(r for r in _ALL_DEPARTMENT_HEADS if r is not Role.LEGAL_AFFAIRS_HEAD)
_UPWARD = (
    Addressee.HIGHER_GOVERNMENT,
    Addressee.HIGHER_DEPARTMENT,
    Addressee.PARTY_COMMITTEE,
    Addressee.PEOPLES_CONGRESS,
)
_SIDEWAYS_DOWNWARD = (Addressee.PEERS, Addressee.SUBORDINATES, Addressee.PUBLIC)
_ART_52_GENERAL = ("government_upward", "government_parallel_downward")
#: 九 「区长外出期间,由负责常务工作的副区长主持区政府工作」: who may chair the 全体会议, 常务会议 and 党组会议 in the
#: 区长's place, and when (interpretation `acting-head-does-not-sign`).
_ACTING_PRESIDER = (Alternate(Role.EXECUTIVE_DEPUTY, AlternateBasis.ABSENCE, terms="区长外出期间"),)
#: 五十三 「以区政府或区政府办公室名义印发的文件」: the documents whose printing, publication and issue after a meeting
#: the article times (interpretation `post-meeting-scope`).
_GOVERNMENT_OR_OFFICE_ISSUED = DocumentIs(issuer=(Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE))


RULES: tuple[Rule, ...] = (
    # 四 区政府由下列人员组成:区长、副区长、区政府党组成员,区政府组成部门主要负责同志。
    Duty(
        id="government_composition",
        cite=KT.article(4),
        quote="区政府由下列人员组成:区长、副区长、区政府党组成员,区政府组成部门主要负责同志。",
        who=(*_LEADERS, *_COMPOSING_DEPARTMENT_HEADS),
        summary="区政府由区长、副区长、区政府党组成员和区政府组成部门主要负责同志组成",
        interpretation="office-director-as-department-head",
    ),
    # 六 区政府实行区长负责制 …
    Duty(
        id="head_responsibility_system",
        cite=KT.article(6),
        quote="区政府实行区长负责制,区长领导区政府的工作,副区长协助区长工作。",
        who=(Role.HEAD, *_DEPUTIES),
        summary="区长负责制：区长领导区政府工作，副区长协助区长工作",
    ),
    # 七 区政府工作中的重大事项,必须经会议讨论决定。 (the meetings' chair: see 四十至四十四)
    Duty(
        id="major_matters_by_meeting",
        cite=KT.article(7),
        quote="区政府工作中的重大事项,必须经会议讨论决定。",
        who=(Role.GOVERNMENT,),
        summary="区政府工作中的重大事项必须经会议讨论决定",
    ),
    # 八 副区长按分工负责处理分管工作。受区长委托 … 并可代表区政府进行外事活动。
    Duty(
        id="deputy_portfolio",
        cite=KT.article(8),
        quote="副区长按分工负责处理分管工作。受区长委托,负责其他方面的工作或专项任务,并可代表区政府进行外事活动。",
        who=_DEPUTIES,
        summary="副区长按分工处理分管工作；受区长委托负责其他工作或专项任务，并可代表区政府进行外事活动",
    ),
    # 九 区长外出期间,由负责常务工作的副区长主持区政府工作。
    Duty(
        id="executive_deputy_presides_in_head_absence",
        cite=KT.article(9),
        quote="区长外出期间,由负责常务工作的副区长主持区政府工作。",
        who=(Role.EXECUTIVE_DEPUTY,),
        summary="区长外出期间由负责常务工作的副区长主持区政府工作（未授予代为签发之权）",
        interpretation="acting-head-does-not-sign",
    ),
    # 九 副区长外出期间,其分管、联系工作按照 … 工作代管办法执行。
    Duty(
        id="deputy_absence_custody",
        cite=KT.article(9),
        quote="副区长外出期间,其分管、联系工作按照区政府领导外出期间工作代管办法执行。",
        who=_DEPUTIES,
        summary="副区长外出期间，其分管、联系工作按区政府领导外出期间工作代管办法（本规则外）代管",
    ),
    # 十 区政府组成部门主要负责同志领导本部门的工作。… 在本部门的职权范围内履行职责。
    Duty(
        id="department_heads_lead_departments",
        cite=(KT.article(10, paragraph=1), KT.article(10, paragraph=2)),
        quote="区政府组成部门主要负责同志领导本部门的工作。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门主要负责同志领导本部门工作，部门在职权范围内履行职责",
    ),
    # 十 区审计局在区长和上一级审计机关领导下 … 独立行使审计监督职能
    Duty(
        id="audit_bureau_independent",
        cite=KT.article(10, paragraph=3),
        quote="区审计局在区长和上一级审计机关领导下,依照法律规定独立行使审计监督职能,对区政府和上一级审计机关负责",
        who=(Role.AUDIT_BUREAU_HEAD,),
        summary="区审计局在区长和上一级审计机关领导下独立行使审计监督职能",
    ),
    # 十一 各类专项工作机构 … 和派出机构 … 由区政府授权,行使 … 政府管理职能。
    Duty(
        id="special_bodies_by_authorization",
        cite=KT.article(11),
        quote="由区政府授权,行使某一方面或区域的政府管理职能。",
        who=(Role.GOVERNMENT,),
        summary="专项工作机构和派出机构经区政府授权行使某一方面或区域的政府管理职能",
    ),
    # 十八 … 人大议案和代表意见建议及政协提案办理工作,采取专项督办、现场督办、协商督办等方式 … 及时反馈结果
    Duty(
        id="proposals_handling",
        cite=KT.article(18),
        quote="采取专项督办、现场督办、协商督办等方式,增强办理实效,及时反馈结果",
        who=(Role.GOVERNMENT,),
        summary="人大议案、代表建议和政协提案以专项、现场、协商督办等方式办理并及时反馈结果（无时限）",
    ),
    # 十九 制定规范性文件 … 并征求相关部门、党代表、人大代表、政协委员和社会公众的意见。
    Duty(
        id="normative_consultation",
        cite=KT.article(19, paragraph=2),
        quote="并征求相关部门、党代表、人大代表、政协委员和社会公众的意见。",
        who=(Role.GOVERNMENT,),
        summary="制定规范性文件须征求相关部门、党代表、人大代表、政协委员和社会公众意见",
    ),
    # 十九 部门联合制定的规范性文件发布前须经区政府批准。
    Duty(
        id="joint_normative_approval",
        cite=KT.article(19, paragraph=2),
        quote="部门联合制定的规范性文件发布前须经区政府批准。",
        who=(Role.GOVERNMENT,),
        summary="部门联合制定的规范性文件发布前须经区政府批准（未规定提前量）",
    ),
    # 十九 区政府根据经济社会发展需要,制定政府规章和规范性文件 … 区政府法制机构要严格合法性审查: the 区政府's
    # normative documents are reviewed by its 法制机构 before they are signed, whichever rule says who signs them
    # (legality-review); the text names no review of the others' (部门联合制定的: 区政府批准, a Duty).
    ReviewRule(
        id="normative_legality_review",
        cite=KT.article(19, paragraph=3),
        quote="区政府法制机构要严格合法性审查",
        when=DocumentIs(kind=NORMATIVE_KINDS, issuer=Issuer.GOVERNMENT, matters=Matter.NORMATIVE),
        reviewers=(Role.LEGAL_AFFAIRS_HEAD,),
        act="合法性审查",
        interpretation="legality-review",
    ),
    Duty(
        id="normative_content_limits",
        cite=KT.article(19, paragraph=3),
        quote="规范性文件不得设定行政许可、行政处罚、行政强制等事项,不得违法增加公民、法人和其他组织的义务",
        summary="规范性文件不得设定行政许可、行政处罚、行政强制等事项，不得违法增加公民、法人和其他组织的义务",
    ),
    # 十九 规范性文件发布施行后,要在法定期限内报送区人大常委会和市政府法制机构备案审查。
    Duty(
        id="normative_filing",
        cite=KT.article(19, paragraph=4),
        quote="规范性文件发布施行后,要在法定期限内报送区人大常委会和市政府法制机构备案审查。",
        who=(Role.GOVERNMENT,),
        summary="规范性文件发布施行后在法定期限（本规则外）内报区人大常委会和市政府法制机构备案",
    ),
    # 二十 区政府实行定期向市政府报告工作制度和领导班子碰头会议制度。
    Duty(
        id="report_to_city_and_briefings",
        cite=KT.article(20),
        quote="区政府实行定期向市政府报告工作制度和领导班子碰头会议制度。",
        who=(Role.GOVERNMENT,),
        summary="区政府定期向市政府报告工作（未规定周期），实行领导班子碰头会议制度（未规定组成和频次）",
    ),
    # 二十一 区政府对各乡镇政府、各部门工作实行年度考核制度。
    Duty(
        id="annual_assessment",
        cite=KT.article(21),
        quote="区政府对各乡镇政府、各部门工作实行年度考核制度。",
        who=(Role.GOVERNMENT,),
        summary="区政府每年考核乡镇政府和部门工作，按考核结果奖惩",
    ),
    # 二十三 把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序
    Duty(
        id="major_decision_procedure",
        cite=KT.article(23, paragraph=1),
        quote="把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序",
        who=(Role.GOVERNMENT,),
        summary="重大决策须经公众参与、专家论证、风险评估、合法性审查和集体讨论决定",
    ),
    # 二十三 未经合法性审查或经审查不合法的,不得提交讨论。
    Duty(
        id="legality_review_before_discussion",
        cite=KT.article(23, paragraph=2),
        quote="建立重大决策区政府法制机构合法性审查机制,未经合法性审查或经审查不合法的,不得提交讨论。",
        who=(Role.LEGAL_AFFAIRS_HEAD,),
        summary="重大决策议题未经区政府法制机构合法性审查或审查不合法的，不得提交会议讨论",
    ),
    # 二十四 … 等涉及全局性工作,由区政府全体会议或区政府党组会议、区政府常务会议讨论决定。
    Duty(
        id="overall_matters_decided_at_meetings",
        cite=KT.article(24),
        quote="重大建设项目、重大资金使用、社会管理重要事务等涉及全局性工作,由区政府全体会议或区政府党组会议、区政府常务会议讨论决定。",
        who=(Role.GOVERNMENT,),
        summary="实施意见、规划计划、财政预算、重大政策措施、重大项目、重大资金使用等全局性工作由全体会议、党组会议或常务会议讨论决定",
    ),
    # 二十五 提请区政府研究决定的重大事项 … 进行合法性、必要性、科学性、可行性和可控性评估论证
    Duty(
        id="major_matter_assessment",
        cite=KT.article(25),
        quote="区政府各部门、各乡镇政府提请区政府研究决定的重大事项,都必须经过深入调查研究,并经法制、研究、咨询机构等进行合法性、必要性、科学性、可行性和可控性评估论证",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="部门、乡镇提请区政府决定的重大事项须先经调查研究和合法性、必要性、科学性、可行性、可控性评估论证",
    ),
    # 二十五 涉及相关部门的,应当充分协商;涉及基层的,应当事先征求意见
    Duty(
        id="consultation_before_submission",
        cite=KT.article(25),
        quote="涉及相关部门的,应当充分协商;涉及基层的,应当事先征求意见",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="重大事项涉及相关部门的须充分协商，涉及基层的须事先征求意见（未规定期限）",
    ),
    # 二十五 涉及重大公共利益和公众权益 … 要委托第三方或联合第三方进行社会稳定风险评估
    Duty(
        id="stability_risk_assessment",
        cite=KT.article(25),
        quote="涉及重大公共利益和公众权益、容易引发社会稳定问题的,要委托第三方或联合第三方进行社会稳定风险评估,并采取听证会等多种形式听取各方面意见建议。",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="涉及重大公共利益、易引发稳定问题的事项须委托或联合第三方作社会稳定风险评估，并以听证会等形式听取意见",
    ),
    # 二十七 … 重大决策部署,须先提出意见,报经区委同意后部署实施。
    Duty(
        id="party_committee_consent",
        cite=KT.article(27),
        quote="区政府在事关全面建成小康社会的经济建设、政治建设、文化建设、社会建设、生态文明建设方面的重大决策部署,须先提出意见,报经区委同意后部署实施。",
        who=(Role.GOVERNMENT, Role.PARTY_COMMITTEE),
        summary="五大建设方面的重大决策部署由区政府先提出意见，报经区委同意后部署实施",
    ),
    # 二十九 区政府各部门必须坚决贯彻区委、区政府的决定 … 区政府办公室、区督查考核局要加强督促检查
    Duty(
        id="implementation_supervision",
        cite=KT.article(29),
        quote="区政府各部门必须坚决贯彻区委、区政府的决定,及时跟踪和反馈执行情况。区政府办公室、区督查考核局要加强督促检查,确保政令畅通。",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE, Role.INSPECTION_HEAD),
        summary="部门跟踪反馈决定执行情况；区政府办公室、区督查考核局督促检查（未规定办结时限）",
    ),
    # 三十一 … 讨论决定的事项,区政府及各部门制定的政策,除依法需要保密的外,应 … 予以公开。
    Duty(
        id="meeting_decisions_disclosed",
        cite=KT.article(31),
        quote="区政府全体会议、区政府党组会议、区政府常务会议和区长办公会议讨论决定的事项,区政府及各部门制定的政策,除依法需要保密的外,应按照政府信息公开要求和程序予以公开。",
        who=(Role.GOVERNMENT,),
        summary="全体会议、党组会议、常务会议和区长办公会议决定的事项及政府、部门制定的政策，除依法保密的外予以公开",
    ),
    # 三十二 … 均应通过"甘肃·崆峒"门户网站、新闻发布会以及报刊、广播、电视、网络等媒介 … 向社会公开。
    Duty(
        id="disclosure_channels",
        cite=KT.article(32),
        quote="均应通过“甘肃·崆峒”门户网站、新闻发布会以及报刊、广播、电视、网络等媒介,依法、及时、全面、准确、具体地向社会公开。",
        who=(Role.GOVERNMENT,),
        summary="需公开的事项通过“甘肃·崆峒”门户网站、新闻发布会和报刊、广播、电视、网络等媒介公开",
    ),
    # 三十四 对监督中发现的问题,要认真整改并向区政府报告。
    Duty(
        id="oversight_findings_reported",
        cite=KT.article(34),
        quote="对监督中发现的问题,要认真整改并向区政府报告。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门对司法、监察、审计等监督中发现的问题整改并向区政府报告（无时限）",
    ),
    # 三十六 重大问题要向社会公布处理结果。
    Duty(
        id="major_issue_results_published",
        cite=KT.article(36),
        quote="重大问题要向社会公布处理结果。",
        who=(Role.GOVERNMENT,),
        summary="社会公众和新闻舆论监督中的重大问题，向社会公布处理结果",
    ),
    # 三十七 区政府领导同志及各部门主要负责同志要亲自阅批重要的群众来信
    Duty(
        id="leaders_read_petitions",
        cite=KT.article(37, paragraph=2),
        quote="区政府领导同志及各部门主要负责同志要亲自阅批重要的群众来信",
        who=(*_LEADERS, Role.DEPARTMENT_HEAD),
        summary="区政府领导同志和部门主要负责同志亲自阅批重要群众来信，主动介入重大信访问题",
    ),
    # 三十九 区政府实行区政府全体会议、区政府党组会议、区政府常务会议、区长办公会议和区政府专题会议制度。
    Duty(
        id="meeting_system",
        cite=KT.article(39),
        quote="区政府实行区政府全体会议、区政府党组会议、区政府常务会议、区长办公会议和区政府专题会议制度。",
        who=(Role.GOVERNMENT,),
        summary="区政府会议为全体会议、党组会议、常务会议、区长办公会议和专题会议五种",
    ),
    # 四十 区政府全体会议由区长、副区长、区政府党组成员,区政府组成部门主要负责同志组成,由区长召集和主持。
    #      … 根据需要可安排乡镇政府、有关单位主要负责同志及区政府办公室副主任列席会议。必要时,可邀请区委 … 列席会议。
    MeetingRule(
        id="plenary_composition",
        cite=(KT.article(40), KT.article(7), KT.article(9)),
        quote="区政府全体会议由区长、副区长、区政府党组成员,区政府组成部门主要负责同志组成,由区长召集和主持。",
        meeting=MeetingKind.PLENARY,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        # the 办公室主任 is a 组成部门 principal under one reading only (office-director-as-department-head): he may
        # sit as a member, his absence is no breach (西丰 四十, the same words, reads so too)
        members=(*_LEADERS, Role.DEPARTMENT_HEAD),
        optional_members=(Role.OFFICE_DIRECTOR, *_NAMED_PRINCIPALS),
        optional_non_voting=(
            Role.TOWNSHIP_HEAD,
            Role.UNIT_HEAD,
            Role.INSPECTION_HEAD,
            Role.OFFICE_DEPUTY_DIRECTOR,
            Role.PARTY_COMMITTEE,
            Role.PEOPLES_CONGRESS,
            Role.CPPCC,
            Role.PARTY_COMMITTEE_LEADER,
        ),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        # 九 区长外出期间,由负责常务工作的副区长主持区政府工作 — may include chairing this meeting
        presider_alternates=_ACTING_PRESIDER,
        interpretation="plenary-observers",
        organisers=(Role.OFFICE_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 四十 区政府全体会议的主要任务是:(一)传达贯彻 …(四)讨论其他需要全体会议讨论的重大事项。
    Duty(
        id="plenary_tasks",
        cite=KT.article(40, paragraph=1),
        quote="区政府全体会议的主要任务是",
        who=(Role.HEAD,),
        summary="全体会议传达贯彻上级和区委的重要指示决定，通报重要工作情况，部署重要工作，讨论其他重大事项",
    ),
    # 四十一 区政府党组会议由区政府党组成员组成,由区政府党组书记召集和主持。
    #        … 根据需要可安排非党员副区长、区政府办公室副主任列席会议。
    MeetingRule(
        id="party_group_composition",
        cite=(KT.article(41), KT.article(7), KT.article(9)),
        quote="区政府党组会议由区政府党组成员组成,由区政府党组书记召集和主持。",
        meeting=MeetingKind.PARTY_GROUP,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=(Role.HEAD, Role.PARTY_GROUP_MEMBER),
        optional_non_voting=(Role.DEPUTY, Role.OFFICE_DEPUTY_DIRECTOR),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        # 九 区长外出期间,由负责常务工作的副区长主持区政府工作 — 三十九、七 count this meeting among the government's
        presider_alternates=_ACTING_PRESIDER,
        interpretation="party-group-membership",
        organisers=(Role.OFFICE_CLERK,),
    ),
    # 四十一 区政府党组会议的主要任务是 …
    Duty(
        id="party_group_tasks",
        cite=KT.article(41, paragraph=1),
        quote="区政府党组会议的主要任务是",
        who=(Role.HEAD, Role.PARTY_GROUP_MEMBER),
        summary="党组会议传达贯彻上级和区委指示、研究报请区委审定事项、研究党风廉政建设措施和其他重大问题",
    ),
    # 四十一(三) 研究提交区政府常务会议研究审定的重大决策、重要人事任免、重大项目安排、大额资金使用等事项
    Duty(
        id="party_group_prestudy",
        cite=KT.article(41, item=3),
        quote="研究提交区政府常务会议研究审定的重大决策、重要人事任免、重大项目安排、大额资金使用等事项",
        who=(Role.HEAD, Role.PARTY_GROUP_MEMBER),
        summary="重大决策、重要人事任免、重大项目安排、大额资金使用等事项先经党组会议研究，再提交常务会议审定",
    ),
    # 四十二 区政府常务会议由区长、副区长、区政府党组成员组成,由区长召集和主持。
    #        区政府办公室副主任,区监察局、区督查考核局、区政府法制办公室主要负责同志等固定列席,
    #        有关乡镇政府、部门主要负责同志列席涉及本单位的议题。
    # 四十六 参加区政府常务会议,除议题汇报单位负责同志可带1名助手外,其他单位与会人员不带随员。
    MeetingRule(
        id="executive_composition",
        cite=(KT.article(42), KT.article(7), KT.article(46, paragraph=2), KT.article(9)),
        quote="区政府常务会议由区长、副区长、区政府党组成员组成,由区长召集和主持。",
        meeting=MeetingKind.EXECUTIVE,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=_LEADERS,
        non_voting=(
            Role.OFFICE_DEPUTY_DIRECTOR,
            Role.SUPERVISION_BUREAU_HEAD,
            Role.INSPECTION_HEAD,
            Role.LEGAL_AFFAIRS_HEAD,
        ),
        optional_non_voting=(
            Role.TOWNSHIP_HEAD,
            Role.DEPARTMENT_HEAD,
            *(r for r in _NAMED_PRINCIPALS if r not in (Role.SUPERVISION_BUREAU_HEAD, Role.LEGAL_AFFAIRS_HEAD)),
            Role.REPORTING_UNIT_HEAD,
        ),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        # 九 区长外出期间,由负责常务工作的副区长主持区政府工作 — may include chairing this meeting
        presider_alternates=_ACTING_PRESIDER,
        assistants_per_reporting_unit=1,
        assistants_cite=KT.article(46, paragraph=2),
        interpretation="executive-observers-and-assistants",
        organisers=(Role.OFFICE_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 四十二 区政府常务会议的主要任务是 …
    Duty(
        id="executive_tasks",
        cite=KT.article(42, paragraph=1),
        quote="区政府常务会议的主要任务是",
        who=_LEADERS,
        summary="常务会议研究贯彻上级决策的措施、报请市政府区委和人大审定审议的事项，讨论决定重要事项、请示和奖惩",
    ),
    # 四十二(五) 讨论由区政府制定发布的决定、命令和规范性文件
    Duty(
        id="executive_discusses_instruments",
        cite=KT.article(42, item=5),
        quote="讨论由区政府制定发布的决定、命令和规范性文件",
        who=_LEADERS,
        summary="区政府制定发布的决定、命令和规范性文件须经常务会议讨论",
    ),
    # 四十二(七) 讨论和通过区政府部门和有关单位人事任免事项
    Duty(
        id="executive_adopts_personnel",
        cite=KT.article(42, item=7),
        quote="讨论和通过区政府部门和有关单位人事任免事项",
        who=_LEADERS,
        summary="区政府部门和有关单位的人事任免事项由常务会议讨论通过（由区长签署，见第五十一条）",
    ),
    # 四十二 区政府常务会议原则上每月召开1次。
    RhythmRule(
        id="executive_monthly",
        cite=KT.article(42, paragraph=2),
        quote="区政府常务会议原则上每月召开1次。",
        meeting=MeetingKind.EXECUTIVE,
        rhythm=Rhythm(1, "MONTH"),
        interpretation="executive-monthly-in-principle",
    ),
    # 四十二 区政府常务会议召开后,要及时向区委、区人大常委会报告情况,同时向区政协通报情况。
    Duty(
        id="executive_meeting_reported",
        cite=KT.article(42, paragraph=3),
        quote="区政府常务会议召开后,要及时向区委、区人大常委会报告情况,同时向区政协通报情况。",
        who=(Role.GOVERNMENT,),
        summary="常务会议后及时（无时限）向区委、区人大常委会报告，向区政协通报",
    ),
    # 四十三 区长办公会议由区长或区长委托副区长召集和主持,区政府办公室主任或相关副主任,
    #        有关乡镇政府、部门主要负责同志参加。
    MeetingRule(
        id="head_office_composition",
        cite=(KT.article(43), KT.article(7)),
        quote="区长办公会议由区长或区长委托副区长召集和主持,区政府办公室主任或相关副主任,有关乡镇政府、部门主要负责同志参加。",
        meeting=MeetingKind.HEAD_OFFICE,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        any_of=((Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR),),
        optional_members=(Role.HEAD, Role.TOWNSHIP_HEAD, Role.DEPARTMENT_HEAD, *_NAMED_PRINCIPALS),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        presider_alternates=tuple(Alternate(r, AlternateBasis.AUTHORIZATION) for r in _DEPUTIES),
        interpretation="presiders-specific-over-article-7",
        organisers=(Role.OFFICE_CLERK,),
    ),
    # 四十三 区长办公会议的主要任务是 …
    Duty(
        id="head_office_tasks",
        cite=KT.article(43),
        quote="区长办公会议的主要任务是",
        who=(Role.HEAD,),
        summary="区长办公会议研究重点工作推进和需统筹协调多个部门的重大事项，沟通情况，研究重点难点问题",
    ),
    # 四十四 区政府专题会议由区长或副区长召集和主持,相关副区长、区政府办公室主任或相关副主任、
    #        有关部门主要负责同志参加,主要研究专项工作事宜。
    MeetingRule(
        id="topical_composition",
        cite=(KT.article(44), KT.article(7)),
        quote="区政府专题会议由区长或副区长召集和主持,相关副区长、区政府办公室主任或相关副主任、有关部门主要负责同志参加,主要研究专项工作事宜。",
        meeting=MeetingKind.TOPICAL,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        any_of=((Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR),),
        optional_members=(Role.HEAD, *_DEPUTIES, Role.DEPARTMENT_HEAD, *_NAMED_PRINCIPALS),
        convener=Role.HEAD,
        presiders=(Role.HEAD, *_DEPUTIES),
        interpretation="presiders-specific-over-article-7",
        organisers=(Role.OFFICE_CLERK,),
    ),
    # 四十五 区政府全体会议、区政府常务会议议题由区长确定,区政府党组会议议题由区政府党组书记确定 …
    Duty(
        id="agenda_setters",
        cite=(KT.article(45, paragraph=1), KT.article(7)),
        quote="区政府全体会议、区政府常务会议议题由区长确定,区政府党组会议议题由区政府党组书记确定,区长办公会议议题由区长或区长委托的副区长确定,区政府专题会议议题由区长或副区长确定。",
        who=(Role.HEAD, *_DEPUTIES),
        summary="全体、常务会议议题由区长确定；党组会议议题由党组书记（区长）确定；区长办公会议由区长或受托副区长确定；专题会议由区长或副区长确定",
        interpretation="party-group-secretary-is-head",
    ),
    # 四十五 不涉及全局、没有实质内容、没有明确意见的议题一律不上会。
    Duty(
        id="agenda_screening",
        cite=KT.article(45, paragraph=2),
        quote="不涉及全局、没有实质内容、没有明确意见的议题一律不上会。",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="不涉及全局、没有实质内容、没有明确意见的议题一律不上会",
    ),
    # 四十五 对提交会议研究的议题,分管副区长要组织有关部门提前认真研究讨论,会前达成初步意向,提出解决方案
    Duty(
        id="agenda_prestudy",
        cite=KT.article(45, paragraph=2),
        quote="对提交会议研究的议题,分管副区长要组织有关部门提前认真研究讨论,会前达成初步意向,提出解决方案",
        who=_DEPUTIES,
        summary="分管副区长会前组织有关部门研究议题、达成初步意向、提出解决方案（未规定提前量）",
    ),
    # 四十五 对涉及多部门工作且意见不一致的议题,分管副区长要先行召开专题会议进行协调 …
    Duty(
        id="topical_meeting_before_disputed_item",
        cite=KT.article(45, paragraph=2),
        quote="对涉及多部门工作且意见不一致的议题,分管副区长要先行召开专题会议进行协调,形成一致意见后再提交会议审议",
        who=_DEPUTIES,
        summary="涉及多部门且意见不一致的议题，分管副区长先召开专题会议协调一致后再提交会议审议",
    ),
    # 四十五 … 的组织工作由区政府办公室负责,文件和议题于会前送达与会人员。
    AgendaRule(
        id="meeting_organisation",
        cite=KT.article(45, paragraph=3),
        quote="的组织工作由区政府办公室负责,文件和议题于会前送达与会人员。",
        meetings=_FIVE_MEETINGS,
        requirement=AgendaRequirement.MATERIALS_IN_TIME,
        in_advance=True,
        interpretation="papers-before-meeting",
    ),
    # 四十六 区政府领导同志及其他人员因故不能出席或列席 … 需向会议主持人请假。
    LeaveRule(
        id="meeting_absence",
        cite=KT.article(46, paragraph=1),
        quote="区政府领导同志及其他人员因故不能出席或列席区政府全体会议、区政府党组会议、区政府常务会议、区长办公会议和区政府专题会议,需向会议主持人请假。",
        when=LeaveIs(kind=LeaveKind.MEETING_ABSENCE, meeting=_FIVE_MEETINGS),
        approvers=(Role.MEETING_CHAIR,),
        interpretation="meeting-absence-any-reason",
    ),
    # 四十七 … 由区政府办公室确定专人负责做好会议纪录。
    Duty(
        id="meeting_record",
        cite=KT.article(47),
        quote="由区政府办公室确定专人负责做好会议纪录。",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="五种会议由区政府办公室确定专人做会议纪录",
    ),
    # 四十七 会议纪要由区政府办公室负责在2个工作日内完成起草
    DeadlineRule(
        id="minutes_draft",
        cite=KT.article(47),
        quote="会议纪要由区政府办公室负责在2个工作日内完成起草",
        period=Period(2, WORKDAY, AFTER),
        anchor="会议召开",
        action="区政府办公室完成会议纪要起草",
        # 四十七 names the five meetings whose minutes it times; a 工作会议's minutes are not among them
        meetings=(
            MeetingKind.PLENARY,
            MeetingKind.PARTY_GROUP,
            MeetingKind.EXECUTIVE,
            MeetingKind.HEAD_OFFICE,
            MeetingKind.TOPICAL,
        ),
        interpretation="minutes-draft-anchor",
    ),
    # 四十七 由会议主持人签发 — more specific than 五十一, 五十二 for the minutes of the five meetings
    SigningRule(
        id="minutes_by_chair",
        cite=KT.article(47),
        quote="由会议主持人签发",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=(Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE, Issuer.PARTY_GROUP),
            meeting=_FIVE_MEETINGS,
        ),
        signer=Role.MEETING_CHAIR,
        overrides=(*_ART_52_GENERAL, "office_documents", "head_signs_regulations", "head_signs_personnel"),
        interpretation="minutes-over-general-signing",
    ),
    # 四十七 会议主持人是副区长的,会议纪要报区长签发。
    SigningRule(
        id="minutes_deputy_chair_to_head",
        cite=KT.article(47),
        quote="会议主持人是副区长的,会议纪要报区长签发。",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=(Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE, Issuer.PARTY_GROUP),
            meeting=_FIVE_MEETINGS,
            presided_by=_DEPUTIES,
        ),
        signer=Role.HEAD,
        overrides=("minutes_by_chair",),
        interpretation="minutes-deputy-chair",
    ),
    # 四十七 区政府办公室要对会议纪要明确的决定事项,跟踪督办 … 区督查考核局要及时组织督查
    Duty(
        id="minutes_follow_up",
        cite=KT.article(47),
        quote="区政府办公室要对会议纪要明确的决定事项,跟踪督办,逐一落实,并及时报告区政府。区督查考核局要及时组织督查",
        who=(Role.GOVERNMENT_OFFICE, Role.INSPECTION_HEAD),
        summary="区政府办公室跟踪督办纪要决定事项并及时报告区政府，区督查考核局组织督查（无时限）",
    ),
    # 四十八 以区政府名义召开其他各类会议,由区政府办公室统筹安排,严格审批,减少数量,控制规模。
    Duty(
        id="government_named_meetings",
        cite=KT.article(48),
        quote="以区政府名义召开其他各类会议,由区政府办公室统筹安排,严格审批,减少数量,控制规模。",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="以区政府名义召开的其他会议由区政府办公室统筹安排并严格审批（未规定审批人和提前量）",
    ),
    # 四十八 区政府领导同志一般不出席部门召开的工作会议。
    Duty(
        id="leaders_skip_department_conferences",
        cite=KT.article(48),
        quote="区政府领导同志一般不出席部门召开的工作会议。",
        who=_LEADERS,
        summary="区政府领导同志一般不出席部门召开的工作会议",
    ),
    # 四十九 各乡镇政府、各部门报送区政府的公文,应当符合《党政机关公文处理工作条例》的规定。除 … 外,
    #        一般不得直接向区政府领导同志个人报送公文。
    Duty(
        id="submissions_through_channels",
        cite=KT.article(49),
        quote="除区政府领导同志交办事项和必须直接报送的绝密事项外,一般不得直接向区政府领导同志个人报送公文。",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="乡镇、部门报送区政府的公文须符合公文处理条例；除领导交办和绝密事项外不得直接报送领导个人",
    ),
    # 四十九 各部门报送区政府的请示性公文,凡涉及其他部门职权的,必须主动与相关部门充分协商,
    #        由主办部门主要负责同志与相关部门负责同志会签后联合报区政府审批。
    SigningRule(
        id="cross_department_request",
        cite=KT.article(49),
        quote="由主办部门主要负责同志与相关部门负责同志会签后联合报区政府审批。",
        when=DocumentIs(
            kind=DocumentKind.REQUEST,
            issuer=Issuer.DEPARTMENT,
            addressee=(Addressee.GOVERNMENT, None),
            matters=Matter.CROSS_DEPARTMENT,
        ),
        signer=Role.DEPARTMENT_HEAD,
        or_signers=_NAMED_PRINCIPALS,
        interpretation="cross-department-countersign",
    ),
    CountersignRule(
        id="cross_department_request_countersign",
        cite=KT.article(49),
        quote="各部门报送区政府的请示性公文,凡涉及其他部门职权的,必须主动与相关部门充分协商,由主办部门主要负责同志与相关部门负责同志会签后联合报区政府审批。",
        when=DocumentIs(
            kind=DocumentKind.REQUEST,
            issuer=Issuer.DEPARTMENT,
            addressee=(Addressee.GOVERNMENT, None),
            matters=Matter.CROSS_DEPARTMENT,
        ),
        countersigners=(Role.CO_DEPARTMENT_HEAD,),
        interpretation="cross-department-countersign",
    ),
    # 四十九 协商后仍不能取得一致意见的,主办部门应列明各方理据,提出办理建议 … 报区政府决定。
    Duty(
        id="cross_department_disagreement",
        cite=KT.article(49),
        quote="协商后仍不能取得一致意见的,主办部门应列明各方理据,提出办理建议,与相关部门负责同志会签后报区政府决定。",
        who=(Role.DEPARTMENT_HEAD, Role.CO_DEPARTMENT_HEAD),
        summary="部门间协商不一致的，主办部门列明各方理据、提出办理建议，会签后报区政府决定",
    ),
    # 五十 各乡镇政府、各部门报送区政府审批的公文,由区政府办公室按照区政府领导同志分工呈批。
    # 五十四 阅批公文要有明确而又具体的意见,不能简单的只签字阅知 — so a bare circle does not approve.
    ApprovalRule(
        id="submission_approved_by_leader_in_charge",
        cite=(KT.article(50), KT.article(54, paragraph=1)),
        quote="各乡镇政府、各部门报送区政府审批的公文,由区政府办公室按照区政府领导同志分工呈批。",
        when=DocumentIs(issuer=(Issuer.TOWNSHIP, Issuer.DEPARTMENT), addressee=(Addressee.GOVERNMENT, None)),
        approver=Role.DEPUTY,
        # 「按照区政府领导同志分工」: the 区长 has a portfolio too (十 区审计局在区长…领导下), and whose the matter
        # is the record does not show
        or_approvers=(Role.HEAD,),
        note="区长审批的，以按区政府领导同志分工属区长为限（第五十条）",
        opinion_required=True,
        opinion_cite=KT.article(54, paragraph=1),
        interpretation="incoming-approval",
    ),
    # 五十一 区政府向区人大及其常委会提出的议案 … 由区长签署。 — prevails over 五十二
    SigningRule(
        id="head_signs_motions",
        cite=KT.article(51),
        quote="区政府向区人大及其常委会提出的议案",
        when=DocumentIs(
            kind=DocumentKind.MOTION,
            issuer=Issuer.GOVERNMENT,
            addressee=(Addressee.PEOPLES_CONGRESS, None),
        ),
        signer=Role.HEAD,
        verb="签署",
        overrides=_ART_52_GENERAL,
        interpretation="article-51-over-article-52",
    ),
    # 五十一 区政府 … 制定的规章 … 由区长签署。
    SigningRule(
        id="head_signs_regulations",
        cite=KT.article(51),
        quote="制定的规章",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.REGULATION),
        signer=Role.HEAD,
        verb="签署",
        overrides=_ART_52_GENERAL,
        interpretation="article-51-over-article-52",
    ),
    # 五十一 区政府 … 发布的命令 … 由区长签署。
    SigningRule(
        id="head_signs_orders",
        cite=KT.article(51),
        quote="发布的命令",
        when=DocumentIs(kind=DocumentKind.ORDER, issuer=Issuer.GOVERNMENT),
        signer=Role.HEAD,
        verb="签署",
        overrides=_ART_52_GENERAL,
        interpretation="article-51-over-article-52",
    ),
    # 五十一 区政府 … 人事任免,由区长签署。
    SigningRule(
        id="head_signs_personnel",
        cite=KT.article(51),
        quote="人事任免,由区长签署。",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.PERSONNEL),
        signer=Role.HEAD,
        verb="签署",
        overrides=_ART_52_GENERAL,
        interpretation="article-51-over-article-52",
    ),
    # 五十二 以区政府名义制发的上行文,经区政府办公室主任、分管副区长审核后,由区长签发
    SigningRule(
        id="government_upward",
        cite=KT.article(52, paragraph=1),
        quote="以区政府名义制发的上行文,经区政府办公室主任、分管副区长审核后,由区长签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=_UPWARD),
        signer=Role.HEAD,
        reviewers=(Role.OFFICE_DIRECTOR, Role.DEPUTY),
        reviewers_in_order=False,
        interpretation="upward-addressees",
    ),
    # 五十二 以区政府名义制发的平行文和下行文,由分管副区长签发,如有必要,报区长签发
    SigningRule(
        id="government_parallel_downward",
        cite=KT.article(52, paragraph=1),
        quote="以区政府名义制发的平行文和下行文,由分管副区长签发,如有必要,报区长签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=_SIDEWAYS_DOWNWARD),
        signer=Role.DEPUTY,
        alternates=(Alternate(Role.HEAD, AlternateBasis.NECESSITY),),
        interpretation="head-if-necessary",
    ),
    # 五十二 区委、区政府联合发文,根据内容由分管副区长审核后报区长会签 — the 区委 side signs (who, the text
    #        does not say); the deputy in charge reviews before the district head countersigns.
    SigningRule(
        id="joint_party_government_signing",
        cite=KT.article(52, paragraph=1),
        quote="区委、区政府联合发文,根据内容由分管副区长审核后报区长会签",
        when=DocumentIs(issuer=Issuer.JOINT_PARTY_GOVERNMENT),
        signer=Role.PARTY_COMMITTEE,
        reviewers=(Role.DEPUTY,),
        note="区委一方由谁签发，本规则未规定",
        interpretation="joint-signer-not-stated",
    ),
    CountersignRule(
        id="joint_party_government_countersign",
        cite=KT.article(52, paragraph=1),
        quote="区委、区政府联合发文,根据内容由分管副区长审核后报区长会签",
        when=DocumentIs(issuer=Issuer.JOINT_PARTY_GOVERNMENT),
        countersigners=(Role.HEAD,),
        interpretation="joint-signer-not-stated",
    ),
    Duty(
        id="joint_party_government_review",
        cite=KT.article(52, paragraph=1),
        quote="根据内容由分管副区长审核后报区长会签",
        who=(Role.DEPUTY, Role.HEAD),
        summary="区委、区政府联合发文先由分管副区长审核，再报区长会签（签发人为区委一方，本规则未规定）",
        interpretation="joint-signer-not-stated",
    ),
    # 五十二 区政府和其他县（区）政府或市直部门联合行文的,由与联合方签发人对应职务的区政府领导同志签发,
    #        由副区长签发的须事前报告区长。
    Duty(
        id="joint_external_counterpart_signs",
        cite=KT.article(52, paragraph=1),
        quote="区政府和其他县（区）政府或市直部门联合行文的,由与联合方签发人对应职务的区政府领导同志签发,由副区长签发的须事前报告区长。",
        who=(Role.HEAD, *_DEPUTIES),
        summary="与其他县（区）政府或市直部门联合行文，由与联合方签发人职务对应的区政府领导签发；副区长签发的须事前报告区长",
        interpretation="joint-external-counterpart",
    ),
    SigningRule(
        id="joint_external_counterpart_signing",
        cite=KT.article(52, paragraph=1),
        quote="由与联合方签发人对应职务的区政府领导同志签发,由副区长签发的须事前报告区长。",
        when=DocumentIs(issuer=Issuer.JOINT_EXTERNAL),
        signer=Role.HEAD,
        or_signers=_DEPUTIES,
        note="由与联合方签发人职务对应的区政府领导同志签发；副区长签发的须事前报告区长",
        interpretation="joint-external-counterpart",
    ),
    # 五十二 以区政府办公室名义发文,根据内容由区政府办公室主任签发;如有必要,可由分管副区长签发或报区长签发。
    SigningRule(
        id="office_documents",
        cite=KT.article(52, paragraph=2),
        quote="以区政府办公室名义发文,根据内容由区政府办公室主任签发;如有必要,可由分管副区长签发或报区长签发。",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE),
        signer=Role.OFFICE_DIRECTOR,
        alternates=(
            Alternate(Role.DEPUTY, AlternateBasis.NECESSITY),
            Alternate(Role.HEAD, AlternateBasis.NECESSITY),
        ),
        interpretation="head-if-necessary",
    ),
    # 五十二 区委办公室、区政府办公室联合发文,根据内容由区政府办公室主任会签 — the 区委办公室 side signs.
    SigningRule(
        id="joint_offices_signing",
        cite=KT.article(52, paragraph=2),
        quote="区委办公室、区政府办公室联合发文,根据内容由区政府办公室主任会签;如有必要,可由区长或分管副区长会签。",
        when=DocumentIs(issuer=Issuer.JOINT_OFFICES),
        signer=Role.PARTY_COMMITTEE_OFFICE,
        note="区委办公室一方由谁签发，本规则未规定；如有必要，可由区长或分管副区长会签",
        interpretation="joint-signer-not-stated",
    ),
    # 五十二 区委办公室、区政府办公室联合发文,根据内容由区政府办公室主任会签;如有必要,可由区长或分管副区长会签。
    CountersignRule(
        id="joint_offices_countersign",
        cite=KT.article(52, paragraph=2),
        quote="区委办公室、区政府办公室联合发文,根据内容由区政府办公室主任会签;如有必要,可由区长或分管副区长会签。",
        when=DocumentIs(issuer=Issuer.JOINT_OFFICES),
        countersigners=(Role.OFFICE_DIRECTOR,),
        alternates=(Alternate(Role.HEAD, AlternateBasis.NECESSITY), Alternate(Role.DEPUTY, AlternateBasis.NECESSITY)),
        interpretation="joint-signer-not-stated",
    ),
    # 五十二 控制减少发文数量。… 工作要求涉及个别部门的,不发普发性文件。… 一律不发。
    Duty(
        id="fewer_documents",
        cite=(KT.article(52, paragraph=3), KT.article(52, paragraph=4), KT.article(52, paragraph=5)),
        quote="能通过电话、面谈或小范围会议等方式协调、安排部署工作的,区政府或区政府办公室不发文件;工作要求涉及个别部门的,不发普发性文件。",
        who=(Role.GOVERNMENT, Role.GOVERNMENT_OFFICE),
        summary="可不发文的不发；涉及个别部门的不发普发性文件；部门职权内事务不由区政府批转或办公室转发；法律已明确规定或无实质内容的一律不发",
    ),
    # 五十三 … 须在会议结束后5个工作日内印发;有重大修改意见需要协调的,须在7个工作日内印发
    DeadlineRule(
        id="post_meeting_issue",
        cite=KT.article(53, paragraph=1),
        quote="须在会议结束后5个工作日内印发;有重大修改意见需要协调的,须在7个工作日内印发",
        period=Period(5, WORKDAY, AFTER),
        variants={"major_revision": Period(7, WORKDAY, AFTER)},
        variant_names={
            "重大修改": "major_revision",
            "有重大修改意见": "major_revision",
            "有重大修改意见需要协调": "major_revision",  # 五十三 「有重大修改意见需要协调的」, said in its explanation
        },
        anchor="党组会议、常务会议、区长办公会议结束",
        action="会议讨论通过的文件印发",
        documents=_GOVERNMENT_OR_OFFICE_ISSUED,
        # 「党组会议、常务会议、区长办公会议等会议」: the three named; 等 may close the list (round 6, time)
        meetings=(MeetingKind.PARTY_GROUP, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE),
        interpretation="post-meeting-scope",
    ),
    # 五十三 有明确上报时限的按时限上报 — an external time limit, not in this text
    Duty(
        id="external_reporting_time_limit",
        cite=KT.article(53, paragraph=1),
        quote="有明确上报时限的按时限上报",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="有明确上报时限的文件按该时限上报（时限由上级另定，代替5或7个工作日）",
        interpretation="post-meeting-scope",
    ),
    # 五十三 以区政府或区政府办公室名义印发的文件,原则上要于领导签发后2个工作日完成印制
    DeadlineRule(
        id="printing",
        cite=KT.article(53, paragraph=2),
        quote="以区政府或区政府办公室名义印发的文件,原则上要于领导签发后2个工作日完成印制",
        period=Period(2, WORKDAY, AFTER),
        anchor="领导签发",
        action="文件完成印制",
        documents=_GOVERNMENT_OR_OFFICE_ISSUED,
        interpretation="printing-within",
    ),
    # 五十三 可以公开的文件,要于印制完成之日起1个工作日内在"甘肃·崆峒"门户网站公开。
    DeadlineRule(
        id="publication",
        cite=KT.article(53, paragraph=2),
        quote="可以公开的文件,要于印制完成之日起1个工作日内在“甘肃·崆峒”门户网站公开。",
        period=Period(1, WORKDAY, AFTER),
        anchor="印制完成",
        action="可以公开的文件在“甘肃·崆峒”门户网站公开",
        documents=_GOVERNMENT_OR_OFFICE_ISSUED,
        interpretation="publication-start-day",
    ),
    # 五十三 文件印发后,牵头起草部门要会同有关方面通过各种媒体同步进行政策解读
    Duty(
        id="policy_interpretation",
        cite=KT.article(53, paragraph=2),
        quote="文件印发后,牵头起草部门要会同有关方面通过各种媒体同步进行政策解读",
        who=(Role.DEPARTMENT_HEAD,),
        summary="文件印发后牵头起草部门通过媒体同步进行政策解读",
    ),
    # 五十四 区政府领导同志要按照"当日事当日清"的要求,每天及时阅批公文,原则上要做到"案无积牍"。
    DeadlineRule(
        id="leader_reading",
        cite=KT.article(54, paragraph=1),
        quote="区政府领导同志要按照“当日事当日清”的要求,每天及时阅批公文,原则上要做到“案无积牍”。",
        period=Period(0, DAY, AFTER),
        anchor="公文送达领导",
        action="区政府领导同志阅批公文",
        interpretation="same-day-reading",
    ),
    # 五十四 阅批公文要有明确而又具体的意见,不能简单的只签字阅知
    Duty(
        id="reading_with_opinion",
        cite=KT.article(54, paragraph=1),
        quote="阅批公文要有明确而又具体的意见,不能简单的只签字阅知",
        who=_LEADERS,
        summary="领导阅批公文须签署明确具体的意见，不能只签字阅知",
    ),
    # 五十四 区政府办公室要进一步规范 … 涉密公文处理、印章使用等工作程序
    Duty(
        id="office_document_procedures",
        cite=KT.article(54, paragraph=2),
        quote="区政府办公室要进一步规范政府公文报送、登记、拟办、传阅、交办、归档和公文起草、发文办理、涉密公文处理、印章使用等工作程序",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="区政府办公室规范公文报送、登记、起草、办理、归档和印章使用等程序（未规定具体用印规则）",
    ),
    # 五十七 如有不同意见可在区政府会议上提出,在没有重新作出决定前,不得有任何与区政府决定相违背的言论和行为
    Duty(
        id="decisions_binding",
        cite=KT.article(57),
        quote="如有不同意见可在区政府会议上提出,在没有重新作出决定前,不得有任何与区政府决定相违背的言论和行为",
        who=(*_LEADERS, *_COMPOSING_DEPARTMENT_HEADS),
        summary="组成人员执行区政府决定；不同意见在区政府会议上提出，重新决定前不得有相违背的言行",
    ),
    # 五十七 代表区政府发表讲话或文章,事先须经区政府同意。
    Duty(
        id="speech_approval",
        cite=KT.article(57),
        quote="代表区政府发表讲话或文章,事先须经区政府同意。",
        who=(*_LEADERS, *_COMPOSING_DEPARTMENT_HEADS),
        summary="代表区政府发表讲话或文章须事先经区政府同意（未规定提前量）",
    ),
    # 五十八 区政府各部门发布涉及政府重要工作部署 … 的信息,要经过严格审定,重大情况要及时向区政府报告。
    Duty(
        id="information_release_vetting",
        cite=KT.article(58),
        quote="区政府各部门发布涉及政府重要工作部署、经济社会发展重要问题的信息,要经过严格审定,重大情况要及时向区政府报告。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门发布涉及政府重要工作部署和经济社会发展重要问题的信息须严格审定，重大情况及时报告区政府",
    ),
    # 五十九 区长外出的,按市委、市政府要求报告。
    LeaveRule(
        id="head_trip",
        cite=(KT.article(59, paragraph=1), KT.article(9)),
        quote="区长外出的,按市委、市政府要求报告。",
        when=LeaveIs(role=Role.HEAD, kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY)),
        notify=(Role.HIGHER_PARTY_COMMITTEE, Role.HIGHER_GOVERNMENT),
        # 五十九 「按市委、市政府要求报告」
        notify_verb="按{}要求报告",
        interpretation="head-trip-external",
    ),
    # 五十九 副区长、区政府党组成员外出的,须提前向区长、区委报告。
    LeaveRule(
        id="deputy_trip",
        cite=KT.article(59, paragraph=1),
        quote="副区长、区政府党组成员外出的,须提前向区长、区委报告。",
        when=LeaveIs(
            role=(*_DEPUTIES, Role.PARTY_GROUP_MEMBER), kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY)
        ),
        notify=(Role.HEAD, Role.PARTY_COMMITTEE),
        # 五十九 「须提前向区长、区委报告」
        notify_verb="向{}报告",
        in_advance=True,
        interpretation="trip-report-not-approval",
    ),
    # 五十九 区政府各部门主要负责同志外出的,须提前向区政府领导报告,经区政府领导同意后报区委。
    LeaveRule(
        id="department_head_trip",
        cite=KT.article(59, paragraph=1),
        quote="区政府各部门主要负责同志外出的,须提前向区政府领导报告,经区政府领导同意后报区委。",
        when=LeaveIs(role=_ALL_DEPARTMENT_HEADS, kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY)),
        approvers=(Role.GOVERNMENT_LEADER,),
        notify=(Role.PARTY_COMMITTEE,),
        # 五十九 「经区政府领导同意后报区委」
        notify_verb="报{}",
        in_advance=True,
        interpretation="department-trip-approver",
    ),
    # 五十九 区政府通知要求区政府领导、各乡镇政府、各部门主要负责同志参加的重要会议和重大活动,
    #        因故无法参加的,须履行请假手续。
    LeaveRule(
        id="major_event_absence",
        cite=KT.article(59, paragraph=2),
        quote="区政府通知要求区政府领导、各乡镇政府、各部门主要负责同志参加的重要会议和重大活动,因故无法参加的,须履行请假手续。",
        when=LeaveIs(
            role=(*_LEADERS, Role.GOVERNMENT_LEADER, Role.TOWNSHIP_HEAD, *_ALL_DEPARTMENT_HEADS),
            kind=LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.WORK_CONFERENCE,
        ),
        interpretation="major-event-leave",
    ),
    # 六十六 … 出国（境）考察交流视工作按程序审批。 — approval is required, by a procedure (and approver) not in this
    #        text; adds to 五十九's report for a trip abroad.
    LeaveRule(
        id="visit_abroad_approval",
        cite=KT.article(66, paragraph=2),
        quote="出国（境）考察交流视工作按程序审批。",
        when=LeaveIs(role=(*_LEADERS, *_ALL_DEPARTMENT_HEADS), kind=LeaveKind.VISIT_ABROAD),
        note="出国（境）考察交流须按程序审批（第六十六条），审批程序和审批人本规则未规定",
        interpretation="visit-abroad-approval-not-named",
    ),
    # 六十六 严格控制因公出国（境）和外出考察 … 出国（境）考察交流视工作按程序审批。没有 … 实质内容的 … 一律不予安排
    Duty(
        id="travel_abroad_control",
        cite=KT.article(66, paragraph=2),
        quote="没有招商引资任务、重大文化交流活动等实质内容的出国（境）公务活动一律不予安排",
        who=(*_LEADERS, Role.DEPARTMENT_HEAD),
        summary="因公出国（境）和外出考察从严控制、按程序（本规则外）审批；无招商引资、重大文化交流等实质内容的不予安排",
    ),
    # 六十六 经批准的外出考察学习,须报学习成果或考察报告。
    Duty(
        id="study_tour_report",
        cite=KT.article(66, paragraph=2),
        quote="经批准的外出考察学习,须报学习成果或考察报告。",
        who=(*_LEADERS, Role.DEPARTMENT_HEAD),
        summary="经批准的外出考察学习须报学习成果或考察报告（无时限）",
    ),
    # 六十六 各类会议活动经费要全部纳入预算管理。
    Duty(
        id="meeting_funds_budgeted",
        cite=KT.article(66, paragraph=4),
        quote="各类会议活动经费要全部纳入预算管理。",
        who=(Role.GOVERNMENT,),
        summary="各类会议活动经费全部纳入预算管理",
    ),
    # 六十七 区政府领导同志不为 … 题词、题字,不为出版物作序。因特殊情况确需 … 主办地方或单位需按程序报批。
    Duty(
        id="no_inscriptions",
        cite=KT.article(67),
        quote="因特殊情况确需题词、题字或作序的,主办地方或单位需按程序报批。",
        who=_LEADERS,
        summary="区政府领导同志一般不题词、题字、作序；特殊情况由主办地方或单位按程序报批",
    ),
    # 七十三 该区政府审批的事项,部门不能各行其是、自作主张,要规范工作程序,逐级请示汇报。
    Duty(
        id="approval_through_channels",
        cite=KT.article(73, paragraph=2),
        quote="该区政府审批的事项,部门不能各行其是、自作主张,要规范工作程序,逐级请示汇报。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="应由区政府审批的事项，部门须逐级请示汇报，不得自作主张",
    ),
    # 七十五 区政府直属事业单位、挂牌管理单位、归口管理事业单位适用本规则。
    Duty(
        id="scope_affiliated_units",
        cite=KT.article(75),
        quote="区政府直属事业单位、挂牌管理单位、归口管理事业单位适用本规则。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="区政府直属、挂牌管理和归口管理事业单位适用本规则（其负责人按部门主要负责同志对待）",
    ),
)

#: The roles the text names that take in others (`RoleIncludes`): who may act as a role a rule names.
ROLES: tuple[Rule, ...] = (
    # 9: the 负责常务工作的副区长 is one of the 副区长
    RoleIncludes(
        id="executive_deputy_is_a_deputy",
        cite=KT.article(9),
        quote="由负责常务工作的副区长主持区政府工作",
        role=Role.DEPUTY,
        includes=(Role.EXECUTIVE_DEPUTY,),
        interpretation="executive-deputy-is-a-deputy",
    ),
    # 46: 「需向会议主持人请假」 — a leave record does not say who chaired; whoever may chair one of the five meetings
    #     (七、九、四十三、四十四: the 区长, the executive deputy, a 副区长) may have been its chair. 47 「由会议主持人
    #     签发」: a recorded presider among them signs the minutes, another is not made the signer
    #     (meeting-chair-is-a-leader)
    RoleIncludes(
        id="who_may_chair_the_meeting",
        cite=(
            KT.article(46, paragraph=1),
            KT.article(47),
            KT.article(7),
            KT.article(9),
            KT.article(43),
            KT.article(44),
        ),
        quote="区政府领导同志及其他人员因故不能出席或列席区政府全体会议、区政府党组会议、区政府常务会议、区长办公会议和区政府专题会议,需向会议主持人请假。",
        role=Role.MEETING_CHAIR,
        includes=(Role.HEAD, *_DEPUTIES),
        interpretation="meeting-absence-any-reason",
    ),
    # 59: 「经区政府领导同意」 names no one leader: the 区长, any 副区长 or 区政府党组成员 is one of the 区政府领导
    RoleIncludes(
        id="government_leaders_are_the_leaders",
        cite=KT.article(59, paragraph=1),
        quote="区政府各部门主要负责同志外出的,须提前向区政府领导报告,经区政府领导同意后报区委。",
        role=Role.GOVERNMENT_LEADER,
        includes=_LEADERS,
        interpretation="department-trip-approver",
    ),
)

#: What the text calls each kind of leave (`Ruleset.leave_kind_names`); 休假 it does not regulate.
LEAVE_KIND_NAMES = {
    LeaveKind.TRIP: "外出",  # 九 「区长外出期间」, 五十九 「外出报告制度」「副区长…外出的」
    LeaveKind.VISIT_ABROAD: "出国（境）",  # 六十六 「因公出国（境）」「出国（境）考察交流视工作按程序审批」
    LeaveKind.STUDY: "外出考察学习",  # 六十六 「经批准的外出考察学习,须报学习成果或考察报告」
    LeaveKind.MEETING_ABSENCE: "不能出席或列席会议",  # 四十六 「因故不能出席或列席…会议,需向会议主持人请假」
}


RULESET = make_ruleset(
    "kongtong_2016",
    government=Government(name="平凉市崆峒区人民政府", level=Level.DISTRICT, parent="平凉市人民政府"),
    effective_from=date(2016, 10, 21),
    rules=(*RULES, *ROLES),
    role_names=ROLE_NAMES,
    non_operative=NON_OPERATIVE,
    meeting_names=MEETING_NAMES,
    leave_kind_names=LEAVE_KIND_NAMES,
    # 十九 ¶3 「区政府法制机构」, 四十二 「区政府法制办公室」: the office, acting through its head
    role_aliases={"区政府法制机构": Role.LEGAL_AFFAIRS_HEAD, "区政府法制办公室": Role.LEGAL_AFFAIRS_HEAD},
)
