"""西丰县人民政府工作规则（试行）, 西政发【2022】4号: 成文 2022-09-22, 发布 2022-12-08.

西丰县 (Liaoning, under 铁岭市). 13 chapters, 80 articles numbered 一、…八十、, plus 附件1
公文日常处理办法 (document kinds, filing rules, the signing lists and flows of 五(三)) and 附件2
西丰县政府政务督查工作方案 (the "710" rule of 五(四)). Source: ../shared/sources/002_71de63596f8b05ea.txt,
cleaned into texts/xifeng_2022.json; the trailing 解读/图解 is explanatory and not encoded.
Every reading chosen here is argued in docs/interpretations/xifeng_2022.md under its `interpretation` id.
"""

from __future__ import annotations

from datetime import date

from govrules.model import (
    AbsenceReason,
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
from govrules.periods import BEFORE, DAY, MONTH, WORKDAY, YEAR_END, Period
from govrules.rules import (
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

__all__ = ["NON_OPERATIVE", "ROLE_NAMES", "RULES", "RULESET", "XF"]

XF = citations_for("xifeng_2022")

ROLE_NAMES: dict[Role, str] = {
    Role.HEAD: "县长",
    Role.EXECUTIVE_DEPUTY: "负责日常工作的副县长",
    Role.DEPUTY: "分管副县长",
    Role.GOVERNMENT_LEADER: "县政府领导同志",
    Role.OFFICE_DIRECTOR: "县政府办公室主任",
    Role.OFFICE_DEPUTY_DIRECTOR: "县政府办公室联系副主任",
    Role.OFFICE_SECRETARIAL_DEPUTY_DIRECTOR: "县政府办公室分管文秘工作的副主任",
    Role.OFFICE_CLERK: "联系该项工作的文秘人员",
    Role.DEPARTMENT_HEAD: "部门主要负责人",
    Role.ACTING_DEPARTMENT_HEAD: "主持工作的负责人",
    Role.CO_DEPARTMENT_HEAD: "相关部门负责人",
    Role.UNIT_HEAD: "有关单位负责人",
    Role.TOWNSHIP_HEAD: "乡（镇）政府主要负责人",
    Role.PARTY_COMMITTEE: "县委",
    Role.PARTY_COMMITTEE_LEADER: "县委领导",
    Role.PARTY_COMMITTEE_OFFICE: "县委办公室",
    Role.HIGHER_GOVERNMENT: "市政府",
    Role.GOVERNMENT: "县政府",
    Role.GOVERNMENT_OFFICE: "县政府办公室",
    Role.PEOPLES_CONGRESS: "县人民代表大会及其常委会",
    Role.CPPCC: "县政协",
    Role.JUSTICE_BUREAU_HEAD: "县司法局局长",  # 二十一 「县司法局」 acts through its head; 五十一: he signs
    Role.INSPECTION_HEAD: "县政府督查室",
    Role.DISCIPLINE_INSPECTION: "纪委监委",
    Role.MEETING_CHAIR: "主持召开会议的县政府领导同志",
}

NON_OPERATIVE: dict[int, str] = {
    1: "制定目的和依据（宪法、地方组织法，参照辽宁省政府工作规则）",
    2: "指导思想",
    4: "工作准则",
    10: "政府职能总述",
    11: "发展第一要务，政策性表述",
    12: "市场监管，政策性表述",
    13: "社会治理，政策性表述",
    14: "保障和改善民生，政策性表述",
    15: "生态环境保护，政策性表述",
    16: "放管服改革与营商环境，政策性表述",
    17: "招商引资，政策性表述",
    18: "项目建设管理，政策性表述",
    19: "财源建设，政策性表述",
    20: "法治政府建设要求",
    22: "执法原则与制度名目，无可操作的主体、程序或时限",
    24: "重大决策坚持党的领导，原则性表述",
    28: "政务公开原则",
    32: "舆情回应要求，“及时”无具体时限",
    35: "内部层级监督原则",
    36: "行政复议原则",
    49: "会风会纪，八项规定",
    56: "督促检查原则（与附件2一相同）",
    62: "工作纪律要求",
    64: "抓落实要求",
    69: "保密纪律和外事纪律",
    71: "廉政建设要求",
    72: "依法从严执政要求，“按程序和时限”无具体时限",
    73: "财经纪律，“严格控制”无数量标准",
    74: "廉洁从政要求",
    75: "作风要求",
    76: "学习型机关建设",
}

# 附件1 五(三)1 县长签发文件流程: 主办单位拟稿并由单位主要负责人审核（含部门会签）→联系该项工作的文秘人员校核
# →联系副主任审核→联系主任转签→分管副县长审签→县长签发 (the engine drops the signer from the reviewers).
HEAD_FLOW = (Role.DEPARTMENT_HEAD, Role.OFFICE_CLERK, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR, Role.DEPUTY)
# 附件1 五(三)1 副县长签发文件流程: the same four steps →分管副县长签发.
DEPUTY_FLOW = (Role.DEPARTMENT_HEAD, Role.OFFICE_CLERK, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR)
# 五十三 says who signs; the flow's reviews are 附件1 五(三)1's (县长签发文件流程): a missing one is cited there.
HEAD_FLOW_CITES = tuple((role, XF.annex(1, "五(三)1")) for role in HEAD_FLOW)
# 四十五 "由县政府办公室组织有关部门起草,按程序报…签发": the office drafts, so the flow starts at its clerk; the
# presiding leader takes the 审签 step when the 县长 signs (附件1 五(三)1(3)).
MINUTES_FLOW = (Role.OFFICE_CLERK, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR)
MINUTES_HEAD_FLOW = (*MINUTES_FLOW, Role.MEETING_CHAIR)
# 附件1 五(三)4: 分管文秘工作副主任核稿, 县政府联系副主任、主任审核, 县政府领导审签, 报县委领导审签.
JOINT_FLOW = (Role.OFFICE_SECRETARIAL_DEPUTY_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR)

GOVERNMENT_SIDE = (Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE)
# 附件1 三 西政适用于…县政府与市政府部门等平级机关联合上报市政府等上级机关的请示、报告 (interpretation joint-documents).
GOVERNMENT_NAME_UPWARD = (Issuer.GOVERNMENT, Issuer.JOINT_EXTERNAL)
# 四十五 against 附件1 五(三)1(3) (interpretation minutes-signer).
MINUTES_SIGNER_NOTE = (
    "第四十五条规定会议纪要报主持召开会议的县政府领导同志签发，附件1 五(三)1(3)将此类纪要列为县长签发；"
    "两处规定所指签发人不同，县长或会议主持人签发均符合本规则"
)
# 五十一 各乡（镇）政府、各部门报送的公文 — what the 县政府 receives and its leaders approve (呈批, 审批).
SUBMITTERS = (Issuer.DEPARTMENT, Issuer.TOWNSHIP)
TO_GOVERNMENT = (Addressee.GOVERNMENT, None)
UPWARD = (Addressee.HIGHER_GOVERNMENT, Addressee.HIGHER_DEPARTMENT)
# 五十三（五）以县政府名义下发的公文: sent down to the townships and departments (西政发, 西政批), or with no addressee
# stated (interpretation multi-portfolio).
DOWNWARD = (Addressee.SUBORDINATES, None)
GOVERNMENT_MEETINGS = (MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE, MeetingKind.TOPICAL)
LEADERS = (Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY)

# 五 县政府组成部门的主要负责人; 九 组成部门实行…局长、主任负责制: the bureau heads the vocabulary names (司法局
# is named in 二十一) are such principals, counted wherever the text says 部门主要负责人 (department-principals).
NAMED_PRINCIPALS = (
    Role.JUSTICE_BUREAU_HEAD,
    Role.FINANCE_BUREAU_HEAD,
    Role.AUDIT_BUREAU_HEAD,
    Role.DEVELOPMENT_REFORM_HEAD,
)
DEPARTMENT_PRINCIPALS = (Role.DEPARTMENT_HEAD, *NAMED_PRINCIPALS)
# 六十七 ¶2, 五十三（四） 县政府各部门主要负责人 — with 七十九 (办事机构 适用本规则) the 县政府办公室 is one of them.
COUNTY_DEPARTMENT_PRINCIPALS = (*DEPARTMENT_PRINCIPALS, Role.OFFICE_DIRECTOR)
# 四十、四十一 根据需要安排有关单位负责人列席: the head of any unit the matter concerns (a unit reporting on an item,
# 四十四; a related department; a township; the 督查室, 五十八), including a unit's deputy or acting head (负责人).
RELATED_UNIT_HEADS = (
    Role.UNIT_HEAD,
    Role.REPORTING_UNIT_HEAD,
    Role.CO_DEPARTMENT_HEAD,
    Role.ACTING_DEPARTMENT_HEAD,
    Role.DEPARTMENT_DEPUTY_HEAD,
    Role.TOWNSHIP_HEAD,
    Role.TOWNSHIP_DEPUTY_HEAD,
    Role.DISPATCHED_AGENCY_HEAD,
    Role.COORDINATION_OFFICE_HEAD,
    Role.INSPECTION_HEAD,
)
# 四十一 邀请有关方面负责人参加 (常务会议 only): the heads of other bodies the county government may invite.
INVITED_BODIES = (
    Role.PARTY_COMMITTEE_LEADER,
    Role.PEOPLES_CONGRESS,
    Role.CPPCC,
    Role.DISCIPLINE_INSPECTION,
)

# 附件1 五(三)1 副县长签发文件类别: the deputy default, and its form for a 函 to a peer (not 下发, so not 五十三（五）).
DEPUTY_DEFAULTS = (
    "government_by_deputy_in_charge",
    "government_letter_by_deputy_in_charge",
    "government_decided_or_routine_by_deputy",
)

# The 县长's list (附件1 五(三)1(1)–(11), 五十三(一)–(四), 五(二)8) and the general signing rules the
# minutes provisions (四十五, 附件1 五(三)1(3)) set aside for minutes.
GENERAL_GOVERNMENT_RULES = (
    *DEPUTY_DEFAULTS,
    "office_by_leader_in_charge",
    "major_policy_by_head",
    "personnel_by_head",
    "travel_abroad_by_head",
    "to_party_committee_or_cppcc_by_head",
    "weighty_matters_by_head",
    "multi_portfolio_important_by_head",
    "emergency_information_by_head",
    "head_assigned_by_head",
    "upward_by_principal_head",
    "upward_to_departments_by_principal_head",
    "office_own_business_by_director",
    "office_to_government_by_director",
    "office_upward_by_director",
)

RULES: tuple[Rule, ...] = (
    # 三 县政府认真落实县委决策部署,重要事项及时向县委请示报告。
    Duty(
        id="report_to_party_committee",
        who=(Role.GOVERNMENT, Role.PARTY_COMMITTEE),
        summary="县政府落实县委决策部署，重要事项及时向县委请示报告",
        cite=XF.article(3, paragraph=2),
        quote="县政府认真落实县委决策部署,重要事项及时向县委请示报告。",
        interpretation="no-amount-no-deadline",
    ),
    # 五 县政府组成人员包括:县长、副县长和县政府组成部门的主要负责人。
    Duty(
        id="government_members",
        who=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.DEPARTMENT_HEAD),
        summary="县政府组成人员为县长、副县长和县政府组成部门的主要负责人",
        cite=XF.article(5),
        quote="县政府组成人员包括:县长、副县长和县政府组成部门的主要负责人。",
    ),
    # 六 县政府实行县长负责制。县长领导县政府的工作,副县长协助县长工作。
    Duty(
        id="head_responsibility_system",
        who=(Role.HEAD, Role.DEPUTY),
        summary="县长负责制：县长领导县政府工作，副县长协助县长工作",
        cite=XF.article(6),
        quote="县政府实行县长负责制。县长领导县政府的工作,副县长协助县长工作。",
    ),
    # 七 副县长按分工负责处理分管工作;受县长委托,负责其他方面的工作或专项任务,并可代表县政府进行外事活动。
    Duty(
        id="deputy_portfolio",
        who=(Role.DEPUTY, Role.HEAD),
        summary="副县长按分工处理分管工作；受县长委托负责其他工作或专项任务，并可代表县政府进行外事活动",
        cite=XF.article(7),
        quote="副县长按分工负责处理分管工作;受县长委托,负责其他方面的工作或专项任务,并可代表县政府进行外事活动。",
    ),
    # 七 对分管工作或专项任务中的重要情况和重大事项应及时向县长报告
    Duty(
        id="deputy_reports_to_head",
        who=(Role.DEPUTY,),
        summary="副县长将分管工作中的重要情况和重大事项及时报告县长；方针政策性问题调查研究后向县长提出意见",
        cite=XF.article(7),
        quote="对分管工作或专项任务中的重要情况和重大事项应及时向县长报告,涉及方针政策性的问题,要认真调查研究,向县长提出解决的意见。",
        interpretation="no-amount-no-deadline",
    ),
    # 八 县长离丰期间,指定负责日常工作的副县长或其他副县长主持日常工作。
    LeaveRule(
        id="head_trip_acting_deputy",
        when=LeaveIs(role=Role.HEAD, kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY)),
        substitute_required=True,
        cite=XF.article(8),
        quote="县长离丰期间,指定负责日常工作的副县长或其他副县长主持日常工作。",
        interpretation="head-absence-acting",
    ),
    # 九 县政府组成部门实行党组全面领导和局长、主任负责制。
    Duty(
        id="department_responsibility_system",
        who=(Role.DEPARTMENT_HEAD,),
        summary="组成部门实行党组全面领导和局长、主任负责制；各部门在职权范围内履行职责",
        cite=(XF.article(9, paragraph=1), XF.article(9, paragraph=2)),
        quote="县政府组成部门实行党组全面领导和局长、主任负责制。",
    ),
    Duty(
        id="departments_within_competence",
        who=(Role.DEPARTMENT_HEAD,),
        summary="各部门根据法律、法规和县政府的规章、决定、命令，在本部门职权范围内履行职责",
        cite=XF.article(9, paragraph=2),
        quote="县政府各部门根据法律、法规和县政府的规章、决定、命令,在本部门的职权范围内履行职责。",
    ),
    # 二十一 涉及两个及两个以上部门职权范围的事项,要充分听取相关部门的意见。
    Duty(
        id="normative_consult_departments",
        who=(Role.CO_DEPARTMENT_HEAD,),
        summary="行政规范性文件涉及两个及以上部门职权的，充分听取相关部门意见",
        cite=XF.article(21, paragraph=1),
        quote="涉及两个及两个以上部门职权范围的事项,要充分听取相关部门的意见。",
    ),
    # 二十一 严格合法性审核,以县政府和县政府办公室名义制定的行政规范性文件,由县司法局负责合法性审查: a review
    # added to whichever rule says who signs it (the annex's flows do not name it), before the signature, in no
    # fixed place among the flow's reviews (legality-review).
    ReviewRule(
        id="normative_legality_review",
        cite=XF.article(21, paragraph=2),
        quote="以县政府和县政府办公室名义制定的行政规范性文件,由县司法局负责合法性审查",
        when=DocumentIs(
            kind=NORMATIVE_KINDS, issuer=(Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE), matters=Matter.NORMATIVE
        ),
        reviewers=(Role.JUSTICE_BUREAU_HEAD,),
        act="合法性审查",
        interpretation="legality-review",
    ),
    Duty(
        id="normative_content_limits",
        summary="行政规范性文件不得设定行政许可、行政处罚、行政强制等事项，不得违法减损权益或增加义务",
        cite=XF.article(21, paragraph=2),
        quote="行政规范性文件不得设定行政许可、行政处罚、行政强制等事项,不得违法减损公民、法人和其他组织合法权益或者增加其义务",
    ),
    # 二十一 县司法局按照规定及时组织清理
    Duty(
        id="normative_cleanup",
        who=(Role.JUSTICE_BUREAU_HEAD,),
        summary="定期清理与日常清理相结合，县司法局组织清理不合时宜的行政规范性文件",
        cite=XF.article(21, paragraph=3),
        quote="县司法局按照规定及时组织清理与法律法规和国家政策不一致的、与经济社会发展不相适应的行政规范性文件。",
        interpretation="no-amount-no-deadline",
    ),
    # 二十三 把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序
    Duty(
        id="major_decision_procedure",
        who=(Role.GOVERNMENT,),
        summary="重大决策须经公众参与、专家论证、风险评估、合法性审查和集体讨论决定",
        cite=XF.article(23),
        quote="把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序",
    ),
    # 二十五 … 重大决策事项由县政府全体会议或县政府常务会议讨论和决定。
    Duty(
        id="major_decisions_at_plenary_or_executive",
        who=(Role.GOVERNMENT,),
        summary="规划、计划、财政预算及改革发展稳定的重大政策措施和重大决策事项，由全体会议或常务会议讨论决定",
        cite=XF.article(25),
        quote="关系全县国民经济和社会发展规划、计划及财政预算、改革发展稳定的重大政策措施、重大决策事项由县政府全体会议或县政府常务会议讨论和决定。",
        interpretation="agenda-requirements",
    ),
    # 二十六 必须深入调查研究,并进行合法性、必要性、科学性、可行性和可控性评估论证
    Duty(
        id="proposal_assessment",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门提请县政府决定的重大事项，须进行合法性、必要性、科学性、可行性和可控性评估论证",
        cite=XF.article(26),
        quote="县政府各部门提请县政府研究决定的重大事项,必须深入调查研究,并进行合法性、必要性、科学性、可行性和可控性评估论证",
    ),
    # 二十六 协商后仍不能取得一致意见的,由主办部门列明各方理据,提出办理建议,报分管副县长协调,重要的报县长审定
    Duty(
        id="proposal_disagreement_escalation",
        who=(Role.DEPARTMENT_HEAD, Role.DEPUTY, Role.HEAD),
        summary="部门间协商不一致的：主办部门列明理据、提出建议，报分管副县长协调，重要的报县长审定",
        cite=XF.article(26),
        quote="协商后仍不能取得一致意见的,由主办部门列明各方理据,提出办理建议,报分管副县长协调,重要的报县长审定",
    ),
    Duty(
        id="proposal_consult_townships",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="涉及各乡（镇）的事项，事先征求乡（镇）意见",
        cite=XF.article(26),
        quote="涉及各乡（镇）的,应当事先征求意见",
    ),
    Duty(
        id="stability_risk_assessment",
        who=(Role.DEPARTMENT_HEAD,),
        summary="涉及重大公共利益、易引发稳定问题的，进行社会稳定风险评估并以听证会等形式听取意见",
        cite=XF.article(26),
        quote="涉及重大公共利益和公众权益、容易引发社会稳定问题的,要进行社会稳定风险评估,并采取听证会等多种形式听取各方面意见",
    ),
    # 二十七 决策草案应当进行合法性审查,未经合法性审查或审查不合格的,不得提交县政府集体讨论
    Duty(
        id="decision_consultation",
        who=(Role.GOVERNMENT,),
        summary="重大决策前根据需要直接听取民主党派、社会团体、专家学者、社会公众等方面意见",
        cite=XF.article(27, paragraph=1),
        quote="县政府在作出重大决策前,根据需要通过多种方式,直接听取民主党派、社会团体、专家学者、社会公众等方面的意见和建议",
    ),
    Duty(
        id="legality_review_before_discussion",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="决策草案未经合法性审查或审查不合格的，不得提交县政府集体讨论",
        cite=XF.article(27, paragraph=1),
        quote="决策草案应当进行合法性审查,未经合法性审查或审查不合格的,不得提交县政府集体讨论。",
        interpretation="agenda-requirements",
    ),
    Duty(
        id="major_decision_report_to_party",
        who=(Role.GOVERNMENT, Role.PARTY_COMMITTEE, Role.PEOPLES_CONGRESS),
        summary="重大决策出台前向县委请示报告；属人大及其常委会决定或报告范围的按有关规定办理",
        cite=XF.article(27, paragraph=2),
        quote="重大决策出台前应按照规定向同级党委请示报告。",
    ),
    Duty(
        id="decision_follow_up",
        who=(Role.GOVERNMENT,),
        summary="跟踪重大决策实施情况，评估执行效果并及时调整完善；完善县政府法律顾问制度",
        cite=(XF.article(27, paragraph=3), XF.article(27, paragraph=4)),
        quote="在重大决策执行过程中,要跟踪决策的实施情况",
    ),
    # 二十九 … 除依法需要保密的外,应及时公布。
    Duty(
        id="publish_decisions",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="全体会议、常务会议决定的事项和县政府及各部门制定的政策，除依法保密的外及时公布（无具体时限）",
        cite=XF.article(29),
        quote="县政府全体会议、县政府常务会议讨论决定的事项,县政府及各部门制定的政策,除依法需要保密的外,应及时公布。",
        interpretation="no-amount-no-deadline",
    ),
    # 三十 均应通过政府网站以及报刊、广播、电视、网络、新媒体等方式 … 向社会公开
    Duty(
        id="public_disclosure",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="涉及公共利益、需广泛知晓的事项通过政府网站等方式向社会公开，依法办理信息公开申请",
        cite=XF.article(30, paragraph=1),
        quote="均应通过政府网站以及报刊、广播、电视、网络、新媒体等方式,依法、及时、全面、准确、具体地向社会公开",
    ),
    Duty(
        id="service_items_disclosure",
        who=(Role.DEPARTMENT_HEAD,),
        summary="依申请政务服务事项集中受理办理，公开设定依据、实施主体、流程、收费、时限、结果及监督方式",
        cite=XF.article(30, paragraph=2),
        quote="面向社会公开设定依据、实施主体、办理流程、收费标准、办理时限、办理结果及监督方式等信息",
    ),
    # 三十一 按照“谁起草、谁解读”的原则,及时准确做好政策解读工作
    Duty(
        id="policy_interpretation_by_drafter",
        who=(Role.DEPARTMENT_HEAD,),
        summary="谁起草、谁解读：起草单位负责政策解读（附件1五(三)3“文件解读”环节）",
        cite=(XF.article(31, paragraph=2), XF.annex(1, "五(三)3")),
        quote="按照“谁起草、谁解读”的原则,及时准确做好政策解读工作",
    ),
    # 三十三 依法备案行政规范性文件 / 限时办结,主动公开办理结果
    Duty(
        id="normative_filing_with_congress",
        who=(Role.GOVERNMENT, Role.PEOPLES_CONGRESS),
        summary="接受县人大及其常委会监督，依法向其备案行政规范性文件；接受县政协民主监督",
        cite=XF.article(33, paragraph=1),
        quote="依法备案行政规范性文件",
    ),
    Duty(
        id="proposals_handling",
        who=(Role.DEPARTMENT_HEAD,),
        summary="各部门办理人大代表建议和政协委员提案，限时办结并主动公开办理结果（时限由有关规定确定）",
        cite=(XF.article(33, paragraph=2), XF.annex(2, "二(七)")),
        quote="县政府各部门要依法认真办理人民代表大会代表建议和政协委员提案,加强与代表委员沟通,严格责任,限时办结,主动公开办理结果。",
        interpretation="no-amount-no-deadline",
    ),
    # 三十四 对监督中发现的问题,要认真整改并向县政府报告。
    Duty(
        id="rectify_and_report",
        who=(Role.DEPARTMENT_HEAD,),
        summary="对监察、审判、审计等监督中发现的问题认真整改并向县政府报告",
        cite=(XF.article(34), XF.annex(2, "二(八)")),
        quote="对监督中发现的问题,要认真整改并向县政府报告。",
    ),
    # 三十七 重大问题要向社会公布处理结果。
    Duty(
        id="publish_major_problem_results",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="接受社会和舆论监督，调查核实、依法处理；重大问题向社会公布处理结果",
        cite=XF.article(37),
        quote="重大问题要向社会公布处理结果。",
    ),
    # 三十八 县政府领导同志及各部门负责人要亲自阅批重要的群众来信,督促解决重大信访问题。
    Duty(
        id="leaders_read_petitions",
        who=(Role.GOVERNMENT_LEADER, Role.DEPARTMENT_HEAD),
        summary="县政府领导同志及各部门负责人亲自阅批重要群众来信，督促解决重大信访问题",
        cite=XF.article(38),
        quote="县政府领导同志及各部门负责人要亲自阅批重要的群众来信,督促解决重大信访问题。",
    ),
    # 三十九 县政府实行县政府全体会议、县政府常务会议、县长办公会议和县政府专题会议制度。
    Duty(
        id="meeting_system",
        who=(Role.GOVERNMENT,),
        summary="县政府会议制度：全体会议、常务会议、县长办公会议、专题会议",
        cite=XF.article(39),
        quote="县政府实行县政府全体会议、县政府常务会议、县长办公会议和县政府专题会议制度。",
    ),
    # 四十 县政府全体会议由县长、副县长和县政府组成部门的主要负责人组成,由县长召集和主持。
    # 根据需要安排有关单位负责人列席。
    MeetingRule(
        id="plenary_composition",
        meeting=MeetingKind.PLENARY,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.DEPARTMENT_HEAD),
        # each named bureau head is one of the 组成部门的主要负责人 that DEPARTMENT_HEAD stands for
        optional_members=NAMED_PRINCIPALS,
        optional_non_voting=RELATED_UNIT_HEADS,
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        cite=XF.article(40),
        quote="县政府全体会议由县长、副县长和县政府组成部门的主要负责人组成,由县长召集和主持。根据需要安排有关单位负责人列席。",
        interpretation="sitting-in",
        organisers=(Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 四十 会议一般每半年召开1次。
    RhythmRule(
        id="plenary_rhythm",
        meeting=MeetingKind.PLENARY,
        rhythm=Rhythm(1, "HALF_YEAR"),
        cite=XF.article(40),
        quote="会议一般每半年召开1次。",
        interpretation="usual-rhythm",
    ),
    # 四十 会议议题由呈报部门或单位征求县政府领导同志意见,县政府办公室汇总,经县政府办公室主任审核
    # 并报负责日常工作的副县长审批后,由县长确定。
    Duty(
        id="plenary_agenda_setting",
        who=(Role.GOVERNMENT_OFFICE, Role.OFFICE_DIRECTOR, Role.EXECUTIVE_DEPUTY, Role.HEAD),
        summary="全体会议议题：呈报单位征求县政府领导意见→县政府办公室汇总→办公室主任审核→负责日常工作的副县长审批→县长确定",
        cite=XF.article(40),
        quote="会议议题由呈报部门或单位征求县政府领导同志意见,县政府办公室汇总,经县政府办公室主任审核并报负责日常工作的副县长审批后,由县长确定。",
    ),
    Duty(
        id="plenary_tasks",
        who=(Role.GOVERNMENT,),
        summary="全体会议任务：传达贯彻上级和县委决策部署、讨论重要事项、讨论中长期规划、通报重要情况、其他重大事项",
        cite=(XF.article(40, item=1), XF.article(40, item=2), XF.article(40, item=3), XF.article(40, item=5)),
        quote="（三）讨论全县经济和社会发展中长期规划;",
    ),
    # 四十一 县政府常务会议由县长、副县长组成,由县长或由县长委托负责日常工作的副县长召集和主持。…
    MeetingRule(
        id="executive_composition",
        meeting=MeetingKind.EXECUTIVE,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        # the 县长 attends whenever he presides; when the 负责日常工作的副县长 presides on his commission, his absence
        # is what the commission presumes (commissioned-chair; 咸阳 四十 alike): not a required member here
        members=(Role.EXECUTIVE_DEPUTY, Role.DEPUTY),
        non_voting=(Role.DEPARTMENT_HEAD,),
        optional_non_voting=(*NAMED_PRINCIPALS, *RELATED_UNIT_HEADS, *INVITED_BODIES),
        convener=Role.HEAD,
        presiders=(Role.HEAD, Role.EXECUTIVE_DEPUTY),
        cite=XF.article(41),
        quote="县政府常务会议由县长、副县长组成,由县长或由县长委托负责日常工作的副县长召集和主持。县政府组成部门主要负责人列席会议,并根据需要安排有关单位负责人列席,邀请有关方面负责人参加。",
        interpretation="commissioned-chair",
        organisers=(Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 四十一 会议原则上每月召开1次。
    RhythmRule(
        id="executive_rhythm",
        meeting=MeetingKind.EXECUTIVE,
        rhythm=Rhythm(1, "MONTH"),
        cite=XF.article(41),
        quote="会议原则上每月召开1次。",
        interpretation="usual-rhythm",
    ),
    Duty(
        id="executive_agenda_setting",
        who=(Role.GOVERNMENT_OFFICE, Role.OFFICE_DIRECTOR, Role.EXECUTIVE_DEPUTY, Role.HEAD),
        summary="常务会议议题：县政府办公室收集汇总→办公室主任审核→负责日常工作的副县长审批→县长确定",
        cite=XF.article(41),
        quote="会议议题由县政府办公室收集、汇总,经县政府办公室主任审核并报负责日常工作的副县长审批后,由县长确定。",
    ),
    # 四十一(二)(三)(五)(六)(七)(九): what must pass the 常务会议 before it is issued or submitted.
    Duty(
        id="executive_adopts_before_issue",
        who=(Role.GOVERNMENT,),
        summary="须经常务会议讨论通过：报市委市政府的重要事项、提请县委常委会的事项和文件、提请人大的重要报告、"
        "以县政府名义印发的行政规范性文件、县政府决定命令和重要行政措施、荣誉称号和表彰决定",
        cite=(
            XF.article(41, item=2),
            XF.article(41, item=3),
            XF.article(41, item=5),
            XF.article(41, item=6),
            XF.article(41, item=7),
            XF.article(41, item=9),
        ),
        quote="（六）审议通过以县政府名义印发的行政规范性文件;",
        interpretation="agenda-requirements",
    ),
    Duty(
        id="executive_decides_plans_budget_funds",
        who=(Role.GOVERNMENT,),
        summary="常务会议讨论规划计划、财政预决算、重大财政政策、重大项目、重要资金使用及改革事项；研究部门和乡（镇）的重要请示",
        cite=(XF.article(41, item=4), XF.article(41, item=8), XF.article(41, item=1), XF.article(41, item=10)),
        quote="重大建设项目安排、重要资金使用、重大经济社会活动及重点领域关键环节改革等事项",
    ),
    # 四十二 县长办公会议由县长或受县长委托的副县长主持召开 … 会议不定期召开
    MeetingRule(
        id="head_office_composition",
        meeting=MeetingKind.HEAD_OFFICE,
        convener=Role.HEAD,
        presiders=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY),
        cite=XF.article(42),
        quote="县长办公会议由县长或受县长委托的副县长主持召开,研究、处理县政府工作中的重要问题。",
        interpretation="commissioned-chair",
    ),
    Duty(
        id="head_office_agenda",
        who=(Role.HEAD, Role.MEETING_CHAIR),
        summary="县长办公会议不定期召开；议题由县长提出，文件材料由主持会议的县政府领导同志审定，参会人员根据需要确定",
        cite=XF.article(42),
        quote="会议不定期召开,会议议题由县长提出,提请会议审议的文件材料由主持召开会议的县政府领导同志审定,参加会议人员根据需要确定。",
    ),
    # 四十三 县政府专题会议由副县长主持召开,研究、处理各自分工范围内的有关问题。
    MeetingRule(
        id="topical_composition",
        meeting=MeetingKind.TOPICAL,
        convener=Role.DEPUTY,
        presiders=(Role.DEPUTY, Role.EXECUTIVE_DEPUTY),
        cite=XF.article(43),
        quote="县政府专题会议由副县长主持召开,研究、处理各自分工范围内的有关问题。",
        interpretation="topical-chair",
    ),
    Duty(
        id="topical_agenda",
        who=(Role.MEETING_CHAIR,),
        summary="专题会议不定期召开；议题和文件材料由主持会议的县政府领导同志提出，参会人员根据需要确定",
        cite=XF.article(43),
        quote="会议不定期召开,会议议题和提请会议审议的文件材料由主持召开会议的县政府领导同志提出,参加会议人员根据需要确定。",
    ),
    # 四十四 … 组织工作由县政府办公室负责。未经县政府领导同志审核同意的相关议题,县政府办公室不予安排会议审议。
    Duty(
        id="office_organizes_meetings",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="四类会议的组织工作由县政府办公室负责；会议材料由议题汇报部门牵头会同有关单位起草",
        cite=XF.article(44),
        quote="县政府全体会议、县政府常务会议、县长办公会议和县政府专题会议的组织工作由县政府办公室负责。",
    ),
    Duty(
        id="agenda_needs_leader_approval",
        who=(Role.GOVERNMENT_OFFICE, Role.GOVERNMENT_LEADER),
        summary="议题未经县政府领导同志审核同意的，县政府办公室不予安排会议审议",
        cite=XF.article(44),
        quote="未经县政府领导同志审核同意的相关议题,县政府办公室不予安排会议审议。",
        interpretation="agenda-requirements",
    ),
    # 四十五 … 纪要,由县政府办公室组织有关部门起草,按程序报主持召开会议的县政府领导同志签发。
    SigningRule(
        id="minutes_by_presiding_leader",
        when=DocumentIs(kind=DocumentKind.MINUTES, issuer=GOVERNMENT_SIDE, meeting=GOVERNMENT_MEETINGS),
        signer=Role.MEETING_CHAIR,
        reviewers=MINUTES_FLOW,
        circle_means_consent=True,
        cite=XF.article(45),
        quote="县政府全体会议、县政府常务会议、县长办公会议和县政府专题会议纪要,由县政府办公室组织有关部门起草,按程序报主持召开会议的县政府领导同志签发。",
        overrides=GENERAL_GOVERNMENT_RULES,
        interpretation="minutes-signer",
    ),
    # 四十五 会议纪要原则上在会议结束后3个工作日内印发。
    DeadlineRule(
        id="minutes_issue",
        period=Period(3, WORKDAY),
        anchor="会议结束",
        action="会议纪要印发",
        cite=XF.article(45),
        quote="会议纪要原则上在会议结束后3个工作日内印发。",
        # 四十五 names the four meetings whose minutes it times; a 工作会议's or 党组会议's minutes are not among them
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE, MeetingKind.TOPICAL),
        interpretation="minutes-in-principle",
    ),
    # 四十六 县政府领导同志和有关部门主要负责人须按时参加县政府全体会议、县政府常务会议和县长办公会议。
    Duty(
        id="attend_meetings_on_time",
        who=(Role.GOVERNMENT_LEADER, Role.DEPARTMENT_HEAD),
        summary="县政府领导同志和有关部门主要负责人须按时参加全体会议、常务会议和县长办公会议",
        cite=XF.article(46),
        quote="县政府领导同志和有关部门主要负责人须按时参加县政府全体会议、县政府常务会议和县长办公会议。",
    ),
    # 四十六 除参加国家、省、市、县重要会议及活动、因公出访或出差、处置重大突发事件、个人身体健康等特殊原因外,
    # 原则上不应请假。
    LeaveRule(
        id="meeting_absence_reasons",
        when=LeaveIs(
            role=(*LEADERS, Role.GOVERNMENT_LEADER, *DEPARTMENT_PRINCIPALS),
            kind=LeaveKind.MEETING_ABSENCE,
            meeting=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE),
        ),
        reasons=(
            AbsenceReason.OFFICIAL_MEETING,
            AbsenceReason.OFFICIAL_TRIP,
            AbsenceReason.EMERGENCY,
            AbsenceReason.HEALTH,
        ),
        cite=XF.article(46),
        quote="除参加国家、省、市、县重要会议及活动、因公出访或出差、处置重大突发事件、个人身体健康等特殊原因外,原则上不应请假。",
        note="第四十六条所列事由以“等”结尾，其外的事由为“原则上不应请假”，不是一概禁止",
        interpretation="absence-reasons",
    ),
    # 四十七 以县政府名义召开的全县性会议,须经县政府办公室审核,报县政府分管领导同志审批,必要时报县长批准
    Duty(
        id="county_wide_meeting_approval",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPUTY, Role.HEAD),
        summary="以县政府名义召开全县性会议：县政府办公室审核→分管领导审批→必要时县长批准（召开通知由县长签发，见附件1五(三)1(7)）",
        cite=(XF.article(47, paragraph=1), XF.annex(1, "五(三)1(7)")),
        quote="以县政府名义召开的全县性会议,须经县政府办公室审核,报县政府分管领导同志审批,必要时报县长批准",
        interpretation="county-wide-meeting",
    ),
    Duty(
        id="department_county_wide_meeting",
        who=(Role.DEPARTMENT_HEAD, Role.DEPUTY, Role.GOVERNMENT),
        summary="以部门名义召开全县性会议：事先经分管领导同意，再向县政府正式报送请示（无具体提前量）",
        cite=XF.article(47, paragraph=1),
        quote="以部门名义召开的全县性会议,主办部门应事先报经县政府分管领导同志同意,再正式向县政府报送请示",
        interpretation="no-amount-no-deadline",
    ),
    Duty(
        id="department_meetings_not_in_government_name",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_LEADER),
        summary="部门应召开的全县性会议不以县政府名义召开，不邀请县政府负责人出席（确需邀请报县政府批准）；"
        "县政府领导原则上不出席部门工作会议；尽可能采用视频会议",
        cite=XF.article(47, paragraph=2),
        quote="应由各部门召开的全县性会议,不以县政府名义召开,不邀请县政府负责人出席,确需邀请的须报县政府批准。县政府领导同志原则上不出席部门的工作会议。",
    ),
    # 四十八 通过部门商洽在丰召开的全国或全省性会议,有关部门须提前报告县政府,经同意后方可答复和安排。
    Duty(
        id="hosting_national_meetings",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT),
        summary="在丰召开全国或全省性会议，有关部门提前报告县政府，经同意后方可答复和安排（无具体提前量）",
        cite=XF.article(48),
        quote="通过部门商洽在丰召开的全国或全省性会议,有关部门须提前报告县政府,经同意后方可答复和安排。",
        interpretation="no-amount-no-deadline",
    ),
    # 五十 未经批准不得越级行文,不得多头报文;请示应当一文一事,报告不得夹带请示事项。
    Duty(
        id="filing_rules",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="不得越级、多头报文；请示一文一事，报告不得夹带请示事项",
        cite=(XF.article(50), XF.annex(1, "二(四)"), XF.annex(1, "四(二)2")),
        quote="未经批准不得越级行文,不得多头报文;请示应当一文一事,报告不得夹带请示事项。",
    ),
    Duty(
        id="no_documents_to_individual_leaders",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="除领导交办、绝密、重大突发事件和紧急敏感涉外事项外，一般不直接向县政府领导个人报送公文",
        cite=(XF.article(50), XF.annex(1, "四(三)2")),
        quote="除县政府领导同志交办事项和必须直接报送的绝密事项、重大突发事件和紧急敏感涉外事项外,一般不得直接向县政府领导同志个人报送公文。",
    ),
    Duty(
        id="office_review_before_leader",
        who=(Role.GOVERNMENT_LEADER, Role.GOVERNMENT_OFFICE),
        summary="县政府领导同志一般不直接签批未经县政府办公室审核办理的公文",
        cite=XF.article(50),
        quote="县政府领导同志一般不直接签批未经县政府办公室审核办理的公文。",
    ),
    # 五十一 各乡（镇）政府、各部门报送的公文,须由主要负责人签发;… 经其授权可由主持工作的负责人签发。
    SigningRule(
        id="submitted_by_department_head",
        when=DocumentIs(issuer=Issuer.DEPARTMENT, addressee=(Addressee.GOVERNMENT, None)),
        signer=Role.DEPARTMENT_HEAD,
        # a bureau head named by role is the 主要负责人 of his department (department-principals)
        or_signers=NAMED_PRINCIPALS,
        alternates=(Alternate(Role.ACTING_DEPARTMENT_HEAD, "授权"),),
        circle_means_consent=True,
        cite=(XF.article(51), XF.annex(1, "二(四)"), XF.annex(1, "四(三)1")),
        quote="各乡（镇）政府、各部门报送的公文,须由主要负责人签发;主要负责人因出访、出差或休假等原因不能及时签发的,经其授权可由主持工作的负责人签发。",
        interpretation="submission-signer",
    ),
    SigningRule(
        id="submitted_by_township_head",
        when=DocumentIs(issuer=Issuer.TOWNSHIP, addressee=(Addressee.GOVERNMENT, None)),
        signer=Role.TOWNSHIP_HEAD,
        alternates=(Alternate(Role.ACTING_DEPARTMENT_HEAD, "授权"),),
        circle_means_consent=True,
        cite=(XF.article(51), XF.annex(1, "二(四)"), XF.annex(1, "四(三)1")),
        quote="各乡（镇）政府、各部门报送的公文,须由主要负责人签发;主要负责人因出访、出差或休假等原因不能及时签发的,经其授权可由主持工作的负责人签发。",
        interpretation="submission-signer",
    ),
    # 五十一 公文及办理意见由县政府办公室按照县政府领导同志工作分工呈批 … 重大事项报县长审批。
    Duty(
        id="routing_incoming_documents",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPUTY, Role.HEAD),
        summary="来文由县政府办公室按领导分工呈批，根据需要转请其他领导核批，重大事项报县长审批",
        cite=XF.article(51),
        quote="公文及办理意见由县政府办公室按照县政府领导同志工作分工呈批,并根据需要由县政府领导同志转请县政府其他领导同志核批,重大事项报县长审批。",
    ),
    Duty(
        id="explicit_instructions",
        who=(Role.GOVERNMENT_LEADER, Role.GOVERNMENT_OFFICE),
        summary="有具体请示事项的公文，领导须签署明确意见；无明确意见的，县政府办公室不得流转",
        cite=XF.article(51),
        quote="县政府领导同志对有具体请示事项的公文,应签署明确意见,无明确意见的,县政府办公室不得流转。",
    ),
    # 五十一 公文及办理意见由县政府办公室按照县政府领导同志工作分工呈批 … 县政府领导同志对有具体请示事项的公文,
    # 应签署明确意见 — a document submitted for approval asks for a decision.
    ApprovalRule(
        id="submission_approved_by_leader_in_charge",
        when=DocumentIs(issuer=SUBMITTERS, addressee=TO_GOVERNMENT),
        approver=Role.DEPUTY,
        # 「并根据需要由县政府领导同志转请县政府其他领导同志核批」: the 县长 when the leader in charge passes it on,
        # which the record does not show (as 咸阳 四十九, the same words: interpretation incoming-approval, round 7)
        or_approvers=(Role.HEAD,),
        note="县长审批的，以县政府领导同志根据需要转请核批为限（第五十一条）",
        opinion_required=True,
        cite=XF.article(51),
        quote="公文及办理意见由县政府办公室按照县政府领导同志工作分工呈批",
        interpretation="incoming-approval",
    ),
    # 四十七 ¶1 以县政府名义召开的全县性会议,须经县政府办公室审核,报县政府分管领导同志审批,必要时报县长批准;以部门名义
    # 召开的全县性会议,主办部门应事先报经县政府分管领导同志同意,再正式向县政府报送请示 — a request to hold a 全县性会议
    # is approved by the leader in charge, the 县长 when needed (either half of the paragraph); 五十一 asks the opinion.
    ApprovalRule(
        id="county_wide_meeting_request_approved_by_leader_in_charge",
        when=DocumentIs(
            kind=DocumentKind.REQUEST, issuer=SUBMITTERS, addressee=TO_GOVERNMENT, meeting=MeetingKind.WORK_CONFERENCE
        ),
        approver=Role.DEPUTY,
        or_approvers=(Role.HEAD,),
        note="县长批准的，以县政府名义召开的会议必要时报县长批准（第四十七条第一款），或县政府领导同志转请核批（第五十一条）为限；先经县政府办公室审核",
        opinion_required=True,
        cite=(XF.article(47, paragraph=1), XF.article(51)),
        opinion_cite=XF.article(51),
        quote="以县政府名义召开的全县性会议,须经县政府办公室审核,报县政府分管领导同志审批,必要时报县长批准",
        overrides=("submission_approved_by_leader_in_charge",),
        interpretation="county-wide-meeting",
    ),
    # 五十一 对有具体请示事项的公文 — a 报告 has none (五十 报告不得夹带请示事项): routed alike, no opinion required.
    ApprovalRule(
        id="report_read_by_leader_in_charge",
        when=DocumentIs(kind=DocumentKind.REPORT, issuer=SUBMITTERS, addressee=TO_GOVERNMENT),
        approver=Role.DEPUTY,
        or_approvers=(Role.HEAD,),
        note="县长阅批的，以县政府领导同志根据需要转请为限（第五十一条）",
        read_only=True,
        cite=XF.article(51),
        quote="县政府领导同志对有具体请示事项的公文,应签署明确意见",
        overrides=("submission_approved_by_leader_in_charge",),
        interpretation="incoming-approval",
    ),
    # 五十一 重大事项报县长审批。
    ApprovalRule(
        id="major_submission_approved_by_head",
        when=DocumentIs(issuer=SUBMITTERS, addressee=TO_GOVERNMENT, matters=Matter.MAJOR),
        approver=Role.HEAD,
        opinion_required=True,
        cite=XF.article(51),
        quote="重大事项报县长审批。县政府领导同志对有具体请示事项的公文,应签署明确意见",
        overrides=(
            "submission_approved_by_leader_in_charge",
            "report_read_by_leader_in_charge",
            "county_wide_meeting_request_approved_by_leader_in_charge",
        ),
        interpretation="incoming-approval",
    ),
    ApprovalRule(
        id="major_report_read_by_head",
        when=DocumentIs(kind=DocumentKind.REPORT, issuer=SUBMITTERS, addressee=TO_GOVERNMENT, matters=Matter.MAJOR),
        approver=Role.HEAD,
        read_only=True,
        cite=XF.article(51),
        quote="重大事项报县长审批",
        overrides=("major_submission_approved_by_head",),
        interpretation="incoming-approval",
    ),
    # 五十二 各乡（镇）政府、各部门报送县政府的请示性公文或须县政府审批的公文,涉及两个以上部门职权的,须履行会签程序。
    CountersignRule(
        id="other_departments_countersign",
        # 请示性公文或须县政府审批的公文: a 报告 is neither (it asks for nothing).
        when=DocumentIs(
            kind=tuple(k for k in DocumentKind if k is not DocumentKind.REPORT),
            issuer=(Issuer.DEPARTMENT, Issuer.TOWNSHIP),
            matters=Matter.CROSS_DEPARTMENT,
        ),
        countersigners=(Role.CO_DEPARTMENT_HEAD,),
        cite=(XF.article(52, paragraph=1), XF.annex(1, "五(一)7"), XF.annex(1, "五(二)3")),
        quote="各乡（镇）政府、各部门报送县政府的请示性公文或须县政府审批的公文,涉及两个以上部门职权的,须履行会签程序。",
        interpretation="two-or-more-departments",
    ),
    # 附件1 五(三)1 主办单位拟稿并由单位主要负责人审核（含部门会签）; 五(一)7 公文涉及其他地区或者部门职权范围内的
    # 事项,起草单位必须征求相关地区或者部门意见 — a document in the government's (or its office's) name too.
    CountersignRule(
        id="government_cross_department_countersign",
        when=DocumentIs(issuer=GOVERNMENT_SIDE, matters=Matter.CROSS_DEPARTMENT),
        countersigners=(Role.CO_DEPARTMENT_HEAD,),
        cite=(XF.annex(1, "五(三)1"), XF.annex(1, "五(一)7")),
        quote="主办单位拟稿并由单位主要负责人审核（含部门会签）",
        interpretation="two-or-more-departments",
    ),
    Duty(
        id="countersign_disagreement",
        who=(Role.DEPARTMENT_HEAD, Role.CO_DEPARTMENT_HEAD, Role.DEPUTY),
        summary="会签分歧：主办部门主要负责人主动协商；仍不一致的列明理据、提出建议，与相关部门负责人会签后报县政府决定",
        cite=XF.article(52, paragraph=1),
        quote="遇有分歧的事项,主办部门主要负责人要主动协商;协商后仍不能取得一致意见的,由主办部门列明各方理据,提出办理建议,与相关部门负责人会签后报县政府决定。",
    ),
    # 五十二 部门之间征求意见或会签文件时,除主办部门另有时限要求外,一般应在7个工作日内回复
    DeadlineRule(
        id="countersign_reply",
        period=Period(7, WORKDAY),
        anchor="部门征求意见或送请会签",
        action="相关部门回复意见或会签",
        cite=XF.article(52, paragraph=2),
        quote="部门之间征求意见或会签文件时,除主办部门另有时限要求外,一般应在7个工作日内回复",
        interpretation="countersign-reply",
    ),
    Duty(
        id="countersign_silence_is_consent",
        who=(Role.CO_DEPARTMENT_HEAD,),
        summary="特殊情况不能按期回复的，主动与主办部门商定回复时限与方式；逾期不回复视为无不同意见",
        cite=XF.article(52, paragraph=2),
        quote="特殊情况不能按期回复的,应主动与主办部门沟通并商定回复时限与方式,逾期不回复视为无不同意见。",
        interpretation="countersign-reply",
    ),
    Duty(
        id="government_procedure_first",
        who=(Role.GOVERNMENT, Role.PARTY_COMMITTEE),
        summary="提请县委会议审议或以县委、县政府名义联合印发、主要涉及政府职责的文件稿，先履行县政府审议或审批程序",
        cite=(XF.article(52, paragraph=3), XF.article(41, item=3)),
        quote="拟提请县委有关会议审议或以县委、县政府名义联合印发的文件稿,内容主要涉及政府职责且牵头起草部门为县政府组成部门的,应依照有关规定,先由县政府履行相关审议或审批程序。",
    ),
    # 五十三（一）以县政府名义报市政府的请示、报告 … 由县长签发; — with 附件1 三 西政适用于…县政府与市政府部门等平级机关
    # 联合上报市政府等上级机关的请示、报告: a joint request or report is still sent in the county government's name.
    SigningRule(
        id="request_report_to_city_by_head",
        when=DocumentIs(
            kind=(DocumentKind.REQUEST, DocumentKind.REPORT),
            issuer=GOVERNMENT_NAME_UPWARD,
            addressee=Addressee.HIGHER_GOVERNMENT,
        ),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        reviewer_cites=HEAD_FLOW_CITES,
        circle_means_consent=True,
        cite=(XF.article(53, item=1), XF.annex(1, "五(三)1(1)"), XF.annex(1, "五(三)1"), XF.annex(1, "三")),
        quote="（一）以县政府名义报市政府的请示、报告",
        overrides=DEPUTY_DEFAULTS,
        interpretation="upward-reports",
    ),
    # 五十三（一）… 以及涉及重大方针、政策的事项,由县长签发;
    SigningRule(
        id="major_policy_by_head",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.MAJOR),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        reviewer_cites=HEAD_FLOW_CITES,
        circle_means_consent=True,
        cite=(XF.article(53, item=1), XF.annex(1, "五(二)8"), XF.annex(1, "五(三)1")),
        quote="以及涉及重大方针、政策的事项,由县长签发",
        overrides=DEPUTY_DEFAULTS,
        interpretation="signing-flows",
    ),
    # 五十三（二）向县人民代表大会及其常委会提出的议案 … 由县长签发;
    SigningRule(
        id="motion_by_head",
        when=DocumentIs(kind=DocumentKind.MOTION, issuer=Issuer.GOVERNMENT),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        reviewer_cites=HEAD_FLOW_CITES,
        circle_means_consent=True,
        cite=(XF.article(53, item=2), XF.annex(1, "五(三)1(2)"), XF.annex(1, "五(三)1")),
        quote="（二）向县人民代表大会及其常委会提出的议案",
        overrides=DEPUTY_DEFAULTS,
        interpretation="signing-flows",
    ),
    # 五十三（二）… 县政府发布的决定、命令,由县长签发;
    SigningRule(
        id="decision_order_by_head",
        when=DocumentIs(kind=(DocumentKind.DECISION, DocumentKind.ORDER), issuer=Issuer.GOVERNMENT),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        reviewer_cites=HEAD_FLOW_CITES,
        circle_means_consent=True,
        cite=(XF.article(53, item=2), XF.annex(1, "五(三)1")),
        quote="县政府发布的决定、命令,由县长签发",
        overrides=DEPUTY_DEFAULTS,
        interpretation="deputy-default",
    ),
    # 五十三（三）县政府人事任免公文,由县长签发;
    SigningRule(
        id="personnel_by_head",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.PERSONNEL),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        reviewer_cites=HEAD_FLOW_CITES,
        circle_means_consent=True,
        cite=(XF.article(53, item=3), XF.annex(1, "五(三)1(5)"), XF.annex(1, "五(三)1")),
        quote="（三）县政府人事任免公文,由县长签发;",
        overrides=DEPUTY_DEFAULTS,
        interpretation="signing-flows",
    ),
    # 五十三（四）各乡（镇）政府、县政府各部门主要负责人出国审批公文,由县长签发;
    SigningRule(
        id="travel_abroad_by_head",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.TRAVEL_ABROAD),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        reviewer_cites=HEAD_FLOW_CITES,
        circle_means_consent=True,
        cite=(XF.article(53, item=4), XF.annex(1, "五(三)1")),
        quote="（四）各乡（镇）政府、县政府各部门主要负责人出国审批公文,由县长签发;",
        overrides=DEPUTY_DEFAULTS,
        interpretation="deputy-default",
    ),
    LeaveRule(
        id="travel_abroad_approval",
        when=LeaveIs(role=(Role.TOWNSHIP_HEAD, *COUNTY_DEPARTMENT_PRINCIPALS), kind=LeaveKind.VISIT_ABROAD),
        approvers=(Role.HEAD,),
        cite=XF.article(53, item=4),
        quote="（四）各乡（镇）政府、县政府各部门主要负责人出国审批公文,由县长签发;",
        interpretation="travel-abroad-approval",
    ),
    # 五十三（五）以县政府名义下发的公文 … 内容涉及数名县政府领导同志分管范围的,需请其他县政府领导同志会签。
    # 下发: a document sent down (or with no addressee stated); not a 函 to a peer (附件1 三 西政函, 四(四)) nor one
    # sent up (五十三（一）, 附件1 三 西政), for which the text states no countersign by other leaders.
    CountersignRule(
        id="multi_portfolio_countersign",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=DOWNWARD, matters=Matter.MULTI_PORTFOLIO),
        countersigners=(Role.GOVERNMENT_LEADER,),
        cite=XF.article(53, item=5),
        quote="内容涉及数名县政府领导同志分管范围的,需请其他县政府领导同志会签",
        interpretation="multi-portfolio",
    ),
    # 五十三（六）其中涉及其他县政府领导同志分管工作的,须经县政府有关领导同志会签。
    CountersignRule(
        id="office_multi_portfolio_countersign",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE, matters=Matter.MULTI_PORTFOLIO),
        countersigners=(Role.GOVERNMENT_LEADER,),
        cite=XF.article(53, item=6),
        quote="其中涉及其他县政府领导同志分管工作的,须经县政府有关领导同志会签",
        interpretation="multi-portfolio",
    ),
    # 五十三（六）以县政府办公室名义制发的公文,由县政府分管领导同志签发 — 附件1 五(三)2(1): 由联系副主任或分管文秘
    # 工作的副主任核稿,县政府分管副县长签发。
    SigningRule(
        id="office_by_leader_in_charge",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE),
        signer=Role.DEPUTY,
        # 附件1 五(三)2(1) 由联系副主任或分管文秘工作的副主任核稿: either takes the step.
        reviewers=(Role.OFFICE_DEPUTY_DIRECTOR,),
        reviewer_cites=((Role.OFFICE_DEPUTY_DIRECTOR, XF.annex(1, "五(三)2(1)")),),  # 由联系副主任…核稿
        review_alternatives=((Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_SECRETARIAL_DEPUTY_DIRECTOR),),
        circle_means_consent=True,
        cite=(XF.article(53, item=6), XF.annex(1, "五(三)2(1)")),
        quote="（六）以县政府办公室名义制发的公文,由县政府分管领导同志签发",
        interpretation="office-documents",
    ),
    # 五十四 属部门职权范围内事务、应由部门自行发文或联合发文的,不以县政府或县政府办公室名义发文。
    Duty(
        id="lowest_competent_issuer",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="部门职权范围内事务由部门行文；可由县政府办公室行文的不以县政府名义行文",
        cite=(XF.article(54, paragraph=1), XF.annex(1, "二(一)"), XF.annex(1, "五(一)3")),
        quote="属部门职权范围内事务、应由部门自行发文或联合发文的,不以县政府或县政府办公室名义发文。",
    ),
    Duty(
        id="government_consent_formula",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_LEADER),
        summary="经县政府领导同志批准由部门发文的，文中注明“经县政府同意”；部门文件也可由县政府批转或授权县政府办公室转发",
        cite=(XF.article(54, paragraph=1), XF.annex(1, "二(二)")),
        quote="按程序报经县政府领导同志批准的,须在文中注明“经县政府同意”。",
    ),
    Duty(
        id="no_directives_to_townships",
        who=(Role.DEPARTMENT_HEAD,),
        summary="未经县政府批准，部门和议事协调机构不得直接向乡（镇）政府发布指令性公文或提出指令性要求",
        cite=XF.article(54, paragraph=2),
        quote="未经县政府批准,县政府各部门、各议事协调机构不得直接向各乡（镇）政府发布指令性公文或在公文中提出指令性要求。",
    ),
    Duty(
        id="no_unilateral_downward_documents",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门间未经协商一致不得各自向下行文（擅自行文的县政府有权责令纠正或撤销）；内设机构不得制发规范性文件或要求乡（镇）报文",
        cite=(XF.article(54, paragraph=3), XF.annex(1, "二(一)")),
        quote="县政府各部门之间对有关问题未经协商一致,不得各自向下行文。",
    ),
    # 五十五 … 一律不再制发文件;没有实质内容、可发可不发的文件,一律不发
    Duty(
        id="no_redundant_documents",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="已有明确规定或部署的不再发文；没有实质内容的不发；分工方案原则上与文件合并印发",
        cite=(XF.article(55), XF.annex(1, "五(一)3"), XF.annex(1, "二(七)"), XF.annex(1, "二(八)")),
        quote="凡法律、法规、规章已作出明确规定、现行文件已有部署且仍然适用的,一律不再制发文件;没有实质内容、可发可不发的文件,一律不发;分工方案原则上应与文件合并印发,不单独发。",
    ),
    # 五十七 部门主要负责同志是第一责任人 / 办理完毕后向县政府报告办理情况
    Duty(
        id="department_head_first_responsible",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门主要负责同志是贯彻落实第一责任人；多部门工作由牵头部门主导、协办部门配合",
        cite=XF.article(57, paragraph=2),
        quote="部门主要负责同志是第一责任人",
    ),
    Duty(
        id="implementation_reporting",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="重要决策、领导批示件和重要会议议定事项明确负责人落实，办结后报告县政府，重要进展及时报告",
        cite=XF.article(57, paragraph=3),
        quote="各乡（镇）政府和县政府组成部门要明确相关负责人负责落实,办理完毕后向县政府报告办理情况,重要进展情况要及时报告。",
        interpretation="no-amount-no-deadline",
    ),
    # 五十八 制定县级层面督促检查考核年度计划 … 县政府常务会议定期听取督查工作汇报。
    Duty(
        id="annual_supervision_plan",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="县政府办公室制定年度督促检查考核计划，健全限期报告、检查复核、督促整改等制度",
        cite=(XF.article(58), XF.annex(2, "五(二)")),
        quote="制定县级层面督促检查考核年度计划",
    ),
    Duty(
        id="executive_hears_supervision",
        who=(Role.GOVERNMENT,),
        summary="县政府常务会议定期听取督查工作汇报（未规定频次）",
        cite=XF.article(58),
        quote="县政府常务会议定期听取督查工作汇报。",
        interpretation="no-amount-no-deadline",
    ),
    Duty(
        id="supervision_focus",
        who=(Role.GOVERNMENT_OFFICE, Role.INSPECTION_HEAD),
        summary="督查重点：上级重大决策部署、上级督查活动、政府工作报告任务、县委县政府重要会议和文件、领导批示交办事项、"
        "领导要求的其他督查（附件2另列人大建议政协提案办理、上级反馈和审计整改）",
        cite=(XF.article(58, item=1), XF.annex(2, "二")),
        quote="县政府办公室督促检查的重点是",
    ),
    # 五十九 对督促检查发现的问题建立台账,实行销号管理
    Duty(
        id="supervision_ledger",
        who=(Role.INSPECTION_HEAD, Role.DEPARTMENT_HEAD),
        summary="督查发现的问题建立台账、销号管理，向责任单位下发督办通知，责任单位明确任务、责任、时限清单",
        cite=(XF.article(59), XF.annex(2, "六(二)")),
        quote="对督促检查发现的问题建立台账,实行销号管理",
    ),
    # 六十 抓实“日周旬月季”即时考评机制,考评结果纳入县政府绩效考核
    Duty(
        id="performance_assessment",
        who=(Role.GOVERNMENT,),
        summary="重大决策和重点工作落实情况实行绩效考评，“日周旬月季”即时考评，结果纳入绩效（实绩）考核",
        cite=(XF.article(60), XF.annex(2, "六(三)")),
        quote="抓实“日周旬月季”即时考评机制,考评结果纳入县政府绩效考核",
    ),
    # 六十一 … 未经批准,不得以部门名义组织开展跨部门实地督查活动,不得向各乡（镇）政府及其办公室下发督查通知。
    Duty(
        id="control_field_inspections",
        who=(Role.DEPARTMENT_HEAD,),
        summary="一般不组织乡（镇）全覆盖实地督查；未经批准不得以部门名义跨部门实地督查或向乡（镇）下发督查通知",
        cite=(XF.article(61), XF.annex(2, "五(六)")),
        quote="除县委、县政府统一部署要求外,一般情况下不组织开展各乡（镇）全覆盖的实地督查。未经批准,不得以部门名义组织开展跨部门实地督查活动,不得向各乡（镇）政府及其办公室下发督查通知。",
    ),
    # 六十三 如有不同意见可在内部提出,在没有重新作出决定前,不得有任何与县政府决定相违背的言论和行为。
    Duty(
        id="execute_government_decisions",
        who=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.DEPARTMENT_HEAD),
        summary="组成人员必须执行县政府决定；不同意见内部提出，未重新决定前不得有相违背的言行",
        cite=XF.article(63),
        quote="县政府组成人员必须坚决执行县政府的决定,如有不同意见可在内部提出,在没有重新作出决定前,不得有任何与县政府决定相违背的言论和行为。",
    ),
    # 六十五 … 事先须按程序报县政府批准
    Duty(
        id="speeches_need_approval",
        who=(Role.GOVERNMENT_LEADER, Role.DEPARTMENT_HEAD),
        summary="县政府领导同志发表讲话或文章、其他组成人员代表县政府或就未经研究决定的重大问题发表讲话文章，事先报县政府批准",
        cite=XF.article(65),
        quote="县政府领导同志代表县政府发表讲话或文章,个人发表讲话或文章,事先须按程序报县政府批准",
        interpretation="no-amount-no-deadline",
    ),
    # 六十六 … 要及时逐级请示报告 / 要及时向县政府提交出访工作总结报告
    Duty(
        id="report_emergencies_level_by_level",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门遇重大突发事件或重大问题及时逐级请示报告；报告情况全面客观、数据真实准确",
        cite=(XF.article(66, paragraph=1), XF.article(66, paragraph=5)),
        quote="县政府各部门工作中遇有重大突发事件或重大问题,要及时逐级请示报告。",
        interpretation="no-amount-no-deadline",
    ),
    Duty(
        id="follow_up_requests_to_city",
        who=(Role.DEPARTMENT_HEAD,),
        summary="县政府向市政府报送请示后，有关部门负责衔接、跟踪、落实并及时报告",
        cite=XF.article(66, paragraph=2),
        quote="县政府向市政府报送请示后,有关部门要负责做好与市政府相关部门的衔接、跟踪和落实工作,并及时将有关情况报告县政府。",
        interpretation="no-amount-no-deadline",
    ),
    Duty(
        id="report_after_meetings_and_visits",
        who=(Role.GOVERNMENT_LEADER, Role.DEPARTMENT_HEAD),
        summary="参加市级以上会议或专题会议后及时报告会议情况；率团出访后及时提交出访工作总结报告",
        cite=(XF.article(66, paragraph=3), XF.article(66, paragraph=4)),
        quote="县政府领导同志及各部门主要负责人率团出访后,要及时向县政府提交出访工作总结报告。",
        interpretation="no-amount-no-deadline",
    ),
    # 六十七 县政府组成人员要严格执行请销假制度。副县长离丰和休假,应事先报告县长,由县政府办公室通报县政府其他领导同志。
    Duty(
        id="leave_system",
        who=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.DEPARTMENT_HEAD),
        summary="县政府组成人员执行请销假制度",
        cite=XF.article(67, paragraph=1),
        quote="县政府组成人员要严格执行请销假制度。",
    ),
    LeaveRule(
        id="deputy_trip_or_vacation",
        when=LeaveIs(
            role=(Role.EXECUTIVE_DEPUTY, Role.DEPUTY),
            kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY, LeaveKind.VACATION),
        ),
        # 报告 is not 批准: the 县长 is told beforehand (事先, no amount), the other leaders by the office.
        notify=(Role.HEAD, Role.GOVERNMENT_LEADER),
        # 六十七 「应事先报告县长,由县政府办公室通报县政府其他领导同志」
        notify_verb=("报告{}", "由县政府办公室通报县政府其他领导同志"),  # (其他 inside the role's name)
        in_advance=True,
        note="第六十七条适用于每位副县长：事先报告县长（报告，不是请假批准），由县政府办公室通报县政府其他领导同志",
        cite=XF.article(67, paragraph=1),
        quote="副县长离丰和休假,应事先报告县长,由县政府办公室通报县政府其他领导同志。",
        interpretation="deputy-leave-report",
    ),
    # 六十七 县政府各部门主要负责人离丰外出,应提前3天向县长和分管副县长请假,并报县政府办公室备案。
    LeaveRule(
        id="department_head_trip",
        when=LeaveIs(role=COUNTY_DEPARTMENT_PRINCIPALS, kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY)),
        approvers=(Role.HEAD, Role.DEPUTY),
        notify=(Role.GOVERNMENT_OFFICE,),
        # 六十七 ¶2 「并报县政府办公室备案」
        notify_verb="报{}备案",
        lead_time=Period(3, DAY, BEFORE),
        cite=XF.article(67, paragraph=2),
        quote="县政府各部门主要负责人离丰外出,应提前3天向县长和分管副县长请假,并报县政府办公室备案。",
        interpretation="department-head-trip",
        approvers_in_order=False,
        kind_words={LeaveKind.TRIP: "离丰外出"},  # 六十七 ¶2 (¶1's 离丰 is the 副县长's)
    ),
    DeadlineRule(
        id="leave_request",
        period=Period(3, DAY, BEFORE),
        anchor="部门主要负责人离丰外出",
        action="向县长和分管副县长请假",
        cite=XF.article(67, paragraph=2),
        quote="应提前3天向县长和分管副县长请假",
        interpretation="department-head-trip",
    ),
    # 六十八 县政府各部门发布涉及政府重要工作部署、经济社会发展重要问题的信息,要经过严格审定
    Duty(
        id="department_information_release",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门发布涉及政府重要工作部署、经济社会发展重要问题的信息须严格审定，重大情况及时报告县政府",
        cite=XF.article(68),
        quote="县政府各部门发布涉及政府重要工作部署、经济社会发展重要问题的信息,要经过严格审定,重大情况要及时向县政府报告。",
    ),
    # 七十 县政府组成人员要积极参加所在党支部例会、活动等,除特殊情况外做到不请假不缺席。
    Duty(
        id="party_branch_attendance",
        who=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.DEPARTMENT_HEAD),
        summary="组成人员参加所在党支部例会、活动，除特殊情况外不请假不缺席（未列事由、未定审批人）",
        cite=XF.article(70),
        quote="县政府组成人员要积极参加所在党支部例会、活动等,除特殊情况外做到不请假不缺席。",
        interpretation="party-branch",
    ),
    # 七十七 地方负责人不到辖区分界处迎送。除工作需要外,不去名胜古迹、风景区参观。
    Duty(
        id="inspection_conduct",
        who=(Role.GOVERNMENT_LEADER,),
        summary="县政府领导深入基层调研，减少陪同、简化接待；不到辖区分界处迎送，除工作需要外不去名胜古迹、风景区参观",
        cite=XF.article(77),
        quote="地方负责人不到辖区分界处迎送。除工作需要外,不去名胜古迹、风景区参观。",
    ),
    # 七十八 县政府领导同志不为部门和各乡（镇）的会议活动等发贺信、贺电,不题词、题字、作序
    Duty(
        id="no_congratulatory_letters",
        who=(Role.GOVERNMENT_LEADER,),
        summary="县政府领导不为部门和乡（镇）会议活动发贺信贺电、题词、作序；因特殊需要发的一般不公开发表",
        cite=XF.article(78),
        quote="县政府领导同志不为部门和各乡（镇）的会议活动等发贺信、贺电,不题词、题字、作序,因特殊需要发贺信、贺电和题词等,一般不公开发表。",
    ),
    # 七十九 县政府直属机构、办事机构、直属事业单位适用本规则;受上级部门和县政府双重领导的机构,参照执行本规则。
    Duty(
        id="scope_of_application",
        summary="直属机构、办事机构、直属事业单位适用本规则；双重领导的机构参照执行",
        cite=(XF.article(79), XF.annex(1, "二(五)")),
        quote="县政府直属机构、办事机构、直属事业单位适用本规则;受上级部门和县政府双重领导的机构,参照执行本规则。",
    ),
    # 八十 本规则自下发之日起执行。
    Duty(
        id="effective_on_issue",
        who=(Role.GOVERNMENT,),
        summary="本规则自下发之日起执行（按成文日期2022-09-22计）",
        cite=XF.article(80),
        quote="本规则自下发之日起执行。",
        interpretation="effective-date",
    ),
    # -- 附件1 公文日常处理办法 ------------------------------------------------------------------------
    # 附件1 一 《条例》规定,公文种类共十五种
    Duty(
        id="fifteen_document_kinds",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="公文种类共十五种（DocumentKind）；不得使用非法定、合并、生造文种，决议行政机关一般不用",
        cite=(XF.annex(1, "一"), XF.annex(1, "一(一)"), XF.annex(1, "四(一)")),
        quote="《条例》规定,公文种类共十五种",
    ),
    # 附件1 二(三) 市政府各部门的来文,原则上由县级对口部门发文贯彻
    Duty(
        id="city_department_documents",
        who=(Role.DEPARTMENT_HEAD,),
        summary="市政府部门来文原则上由县级对口部门发文贯彻；联合来文由对口部门联合行文",
        cite=XF.annex(1, "二(三)"),
        quote="市政府各部门的来文,原则上由县级对口部门发文贯彻",
    ),
    # 附件1 二(四) 因特殊情况必须越级请示的,应抄送越过的直接上级机关。… 并在文尾附注处注明联系人及联系方式。
    Duty(
        id="request_formalities",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="请示一文一事、一个主送机关；越级请示须抄送越过的机关；请示报告注明联系人和联系电话，并标注签发人",
        cite=(XF.annex(1, "二(四)"), XF.annex(1, "四(二)5"), XF.annex(1, "四(三)1"), XF.annex(1, "四(三)3")),
        quote="不得越级请示,因特殊情况必须越级请示的,应抄送越过的直接上级机关。",
    ),
    # 附件1 二(六) 县政府、县政府办公室的公文,不得向党委机关作指示、交任务
    Duty(
        id="no_directives_to_party_organs",
        who=(Role.GOVERNMENT, Role.GOVERNMENT_OFFICE),
        summary="县政府、县政府办公室公文不得向党委机关作指示、交任务；涉及党的工作的与同级党委机关联合行文",
        cite=XF.annex(1, "二(六)"),
        quote="县政府、县政府办公室的公文,不得向党委机关作指示、交任务;如内容涉及党的工作,与同级党委机关联合行文。",
    ),
    # 附件1 二(九) 原则上由领导小组或委员会的办事机构报经领导小组组长或委员会主任同意后自行发文调整。
    Duty(
        id="leading_group_membership",
        summary="县政府批准成立的领导小组、委员会成员调整，原则上由其办事机构报组长（主任）同意后自行发文",
        cite=XF.annex(1, "二(九)"),
        quote="原则上由领导小组或委员会的办事机构报经领导小组组长或委员会主任同意后自行发文调整。",
    ),
    # 附件1 三 适用范围 (文号)
    Duty(
        id="document_series",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="文号适用范围：西政（上报请示报告）、西政发、西政函、西政批、西政办发、西政办、会议纪要",
        cite=XF.annex(1, "三"),
        quote="西政适用于县政府上报市政府及上级有关部门的请示、报告",
    ),
    # 附件1 四(二)9 请示是要求回复的,报告不要求回复 / 四(四) 请示对上级机关,函适用于不相隶属机关之间。
    Duty(
        id="request_report_letter_distinctions",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="请示事前行文、要求回复，报告不得要求批示；不相隶属机关之间用函，错用的请示以函回复",
        cite=(XF.annex(1, "四(四)"), XF.annex(1, "四(二)4"), XF.annex(1, "四(二)9")),
        quote="请示对上级机关,函适用于不相隶属机关之间。",
    ),
    # 附件1 四(三)4 请示和报告的办理均需经秘书股履行程序。
    Duty(
        id="secretariat_processes_requests",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="请示和报告的办理均经县政府办公室秘书股履行程序",
        cite=XF.annex(1, "四(三)4"),
        quote="请示和报告的办理均需经秘书股履行程序。",
    ),
    # 附件1 五(一)3 因发文时间与文号具有逻辑性,除极特殊情况外,不予过后补发文件。
    Duty(
        id="no_backdated_documents",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="发文时间与文号须一致，除极特殊情况外不予过后补发文件",
        cite=XF.annex(1, "五(一)3"),
        quote="因发文时间与文号具有逻辑性,除极特殊情况外,不予过后补发文件。",
    ),
    # 附件1 五(二) 公文文稿签发前,应当由发文机关进行审核。
    Duty(
        id="review_before_signing",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="签发前由发文机关审核；不宜发文的退回并说明理由，需修改的由起草单位修改后重新报送",
        cite=(XF.annex(1, "五(二)"), XF.annex(1, "五(二)6"), XF.annex(1, "五(二)7")),
        quote="公文文稿签发前,应当由发文机关进行审核。",
    ),
    # 附件1 五(二)8 重要公文和上行文由机关主要负责人签发。 — to the 市政府 and above, any kind of document;
    SigningRule(
        id="upward_by_principal_head",
        when=DocumentIs(issuer=GOVERNMENT_NAME_UPWARD, addressee=Addressee.HIGHER_GOVERNMENT),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(二)8"), XF.article(53, item=1), XF.annex(1, "五(三)1")),
        quote="重要公文和上行文由机关主要负责人签发。",
        overrides=DEPUTY_DEFAULTS,
        interpretation="upward-reports",
    ),
    # to a 市政府部门, every kind but the 函: 附件1 三 西政函适用于县政府向市政府有关部门……等平级机关商洽工作 and
    # 四(四) 函适用于不相隶属机关之间 — a 函 to a 市政府部门 goes to a peer: the deputy default (五(三)1, 五十三（五）).
    SigningRule(
        id="upward_to_departments_by_principal_head",
        when=DocumentIs(
            kind=tuple(k for k in DocumentKind if k is not DocumentKind.LETTER),
            issuer=Issuer.GOVERNMENT,
            addressee=Addressee.HIGHER_DEPARTMENT,
        ),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(二)8"), XF.annex(1, "三"), XF.annex(1, "四(四)")),
        quote="重要公文和上行文由机关主要负责人签发。",
        overrides=DEPUTY_DEFAULTS,
        interpretation="upward-reports",
    ),
    SigningRule(
        id="office_upward_by_director",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE, addressee=UPWARD),
        signer=Role.OFFICE_DIRECTOR,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(二)8"), XF.annex(1, "三")),
        quote="重要公文和上行文由机关主要负责人签发。",
        overrides=("office_by_leader_in_charge", "office_own_business_by_director"),
        interpretation="office-upward",
    ),
    SigningRule(
        id="office_to_government_by_director",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE, addressee=Addressee.GOVERNMENT),
        signer=Role.OFFICE_DIRECTOR,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(二)8"), XF.annex(1, "三")),
        quote="重要公文和上行文由机关主要负责人签发。",
        overrides=("office_by_leader_in_charge", "office_own_business_by_director", "weighty_matters_by_head"),
        interpretation="office-upward",
    ),
    # 附件1 五(二)9 签发人签发公文,应当签署意见、姓名和完整日期;圈阅或者签名的,视为同意。
    Duty(
        id="circle_read_is_consent",
        who=(Role.GOVERNMENT_LEADER,),
        summary="签发须签署意见、姓名和完整日期；圈阅或签名视为同意（各签发规则 circle_means_consent=True）",
        cite=XF.annex(1, "五(二)9"),
        quote="签发人签发公文,应当签署意见、姓名和完整日期;圈阅或者签名的,视为同意。",
        interpretation="circle-consent",
    ),
    # 附件1 五(三)1 副县长签发文件类别及签发流程:除县长签发的文件以外的发文,按照职责分工和一岗双责制度
    # 由各分管副县长签发。
    # 五十三（五）以县政府名义下发的公文,一般由县长或县长授权负责日常工作的副县长签发 — read as the general
    # norm that the annex's deputy category implements (the 县长's standing authorization by portfolio).
    SigningRule(
        id="government_by_deputy_in_charge",
        when=DocumentIs(issuer=Issuer.GOVERNMENT),
        signer=Role.DEPUTY,
        # 五十三（五）一般由县长或县长授权负责日常工作的副县长签发: the 县长 himself, or the executive deputy
        # on his authorization, satisfies the article whatever the annex's list assigns.
        or_signers=(Role.HEAD,),
        alternates=(Alternate(Role.EXECUTIVE_DEPUTY, AlternateBasis.AUTHORIZATION, granted_by=(Role.HEAD,)),),
        reviewers=DEPUTY_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)1"), XF.article(53, item=5)),
        quote="除县长签发的文件以外的发文,按照职责分工和一岗双责制度由各分管副县长签发。",
        interpretation="deputy-default",
    ),
    # 五十三（五）其中,经县政府常务会议决定的事项和属于例行批准手续的事项,由县长或县长授权副县长签发 — over the
    # sentence before it (一般由县长或县长授权负责日常工作的副县长签发): on the 县长's authorization any 副县长 may sign
    # such a document, not only the one 负责日常工作. The annex's deputy category (附件1 五(三)1) still names the deputy
    # in charge, whose signature satisfies both (deputy-default).
    SigningRule(
        id="government_decided_or_routine_by_deputy",
        when=DocumentIs(
            issuer=Issuer.GOVERNMENT, addressee=DOWNWARD, matters=(Matter.DECIDED_AT_MEETING, Matter.ROUTINE)
        ),
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD,),
        alternates=(Alternate(Role.DEPUTY, AlternateBasis.AUTHORIZATION, granted_by=(Role.HEAD,), named="副县长"),),
        reviewers=DEPUTY_FLOW,
        circle_means_consent=True,
        cite=(XF.article(53, item=5), XF.annex(1, "五(三)1")),
        quote="其中,经县政府常务会议决定的事项和属于例行批准手续的事项,由县长或县长授权副县长签发",
        overrides=("government_by_deputy_in_charge",),
        interpretation="deputy-default",
    ),
    # 附件1 三 西政函适用于县政府向市政府有关部门或各县（区）政府等平级机关商洽工作; 四(四) 函适用于不相隶属机关之间:
    # such a 函 is not 以县政府名义下发的公文 (五十三（五）); the annex's deputy category names its signer, and the
    # 县长, the 机关主要负责人 (五(二)8 公文应当经机关负责人审批签发), may sign it as well.
    SigningRule(
        id="government_letter_by_deputy_in_charge",
        when=DocumentIs(
            kind=DocumentKind.LETTER,
            issuer=Issuer.GOVERNMENT,
            addressee=(Addressee.PEERS, Addressee.HIGHER_DEPARTMENT),
        ),
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD,),
        alternates=(Alternate(Role.EXECUTIVE_DEPUTY, AlternateBasis.AUTHORIZATION, granted_by=(Role.HEAD,)),),
        reviewers=DEPUTY_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)1"), XF.annex(1, "三"), XF.annex(1, "五(二)8")),
        quote="除县长签发的文件以外的发文,按照职责分工和一岗双责制度由各分管副县长签发。",
        overrides=("government_by_deputy_in_charge",),
        interpretation="deputy-default",
    ),
    # 附件1 五(三)1(1)–(11): the 县长's list; each signed after the 县长签发文件流程 (HEAD_FLOW).
    # (1) 以县政府名义上报市政府及以上机关的请示、重要事项的报告 — with 五十三（一）, see request_report_to_city_by_head
    # and upward_by_principal_head above.
    # (2) 以县政府名义向县委报送的文件等相关材料、向县人大常委会报送的议案,向县政协通报工作情况的材料;
    SigningRule(
        id="to_party_committee_or_cppcc_by_head",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=(Addressee.PARTY_COMMITTEE, Addressee.CPPCC)),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=XF.annex(1, "五(三)1(2)"),
        quote="（2）以县政府名义向县委报送的文件等相关材料、向县人大常委会报送的议案,向县政协通报工作情况的材料;",
        overrides=DEPUTY_DEFAULTS,
        interpretation="signing-flows",
    ),
    # (3) 政府全体会议纪要、政府常务会议纪要、政府专题会议（涉及资金、人事和重大事项）纪要 — against 四十五 按程序报
    # 主持召开会议的县政府领导同志签发: the two name different signers for the same minutes, neither more
    # specific, so either signature satisfies the text (the 县长's and the presiding leader's).
    SigningRule(
        id="minutes_plenary_executive_by_head",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=GOVERNMENT_SIDE,
            meeting=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE),
        ),
        signer=Role.HEAD,
        or_signers=(Role.MEETING_CHAIR,),
        reviewers=MINUTES_HEAD_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)1(3)"), XF.article(45)),
        note=MINUTES_SIGNER_NOTE,
        quote="（3）政府全体会议纪要、政府常务会议纪要",
        overrides=("minutes_by_presiding_leader",),
        interpretation="minutes-signer",
    ),
    SigningRule(
        id="minutes_topical_weighty_by_head",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=GOVERNMENT_SIDE,
            meeting=MeetingKind.TOPICAL,
            matters=(Matter.FUNDS, Matter.PERSONNEL, Matter.MAJOR),
        ),
        signer=Role.HEAD,
        or_signers=(Role.MEETING_CHAIR,),
        reviewers=MINUTES_HEAD_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)1(3)"), XF.article(45)),
        note=MINUTES_SIGNER_NOTE,
        quote="政府专题会议（涉及资金、人事和重大事项）纪要",
        overrides=("minutes_by_presiding_leader",),
        interpretation="minutes-signer",
    ),
    # (4) 县政府党组文件;
    SigningRule(
        id="party_group_by_head",
        when=DocumentIs(issuer=Issuer.PARTY_GROUP),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=XF.annex(1, "五(三)1(4)"),
        quote="（4）县政府党组文件;",
        interpretation="signing-flows",
    ),
    # (5) 以县政府或县政府办名义制发及县委办、县政府办联合制发的凡涉及资金、人事、编制、目标考核和其他重要事项的公文;
    SigningRule(
        id="weighty_matters_by_head",
        when=DocumentIs(
            issuer=GOVERNMENT_SIDE,
            matters=(Matter.FUNDS, Matter.PERSONNEL, Matter.STAFFING, Matter.TARGET_ASSESSMENT, Matter.MAJOR),
        ),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=XF.annex(1, "五(三)1(5)"),
        quote="以县政府或县政府办名义制发及县委办、县政府办联合制发的凡涉及资金、人事、编制、目标考核和其他重要事项的公文",
        overrides=(
            *DEPUTY_DEFAULTS,
            "office_by_leader_in_charge",
            "office_own_business_by_director",
            "office_upward_by_director",
        ),
        interpretation="office-documents",
    ),
    SigningRule(
        id="joint_offices_weighty_by_head",
        when=DocumentIs(
            issuer=Issuer.JOINT_OFFICES,
            matters=(Matter.FUNDS, Matter.PERSONNEL, Matter.STAFFING, Matter.TARGET_ASSESSMENT, Matter.MAJOR),
        ),
        signer=Role.HEAD,
        reviewers=JOINT_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)1(5)"), XF.annex(1, "五(三)4")),
        quote="县委办、县政府办联合制发的凡涉及资金、人事、编制、目标考核和其他重要事项的公文",
        overrides=("joint_offices_by_leader_in_charge",),
        interpretation="joint-documents",
    ),
    # (6) 县委、县政府联合制发的公文; — with 五(三)4 for the flow before and after the 县长.
    SigningRule(
        id="joint_party_government_by_head",
        when=DocumentIs(issuer=Issuer.JOINT_PARTY_GOVERNMENT),
        signer=Role.HEAD,
        reviewers=JOINT_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)1(6)"), XF.annex(1, "五(三)4")),
        quote="（6）县委、县政府联合制发的公文;",
        interpretation="joint-documents",
    ),
    # (7) 需乡（镇）和部门主要负责人参加的以县政府名义召开的会议;
    SigningRule(
        id="county_wide_meeting_notice_by_head",
        when=DocumentIs(kind=DocumentKind.NOTICE, issuer=Issuer.GOVERNMENT, meeting=MeetingKind.WORK_CONFERENCE),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)1(7)"), XF.article(47, paragraph=1)),
        quote="（7）需乡（镇）和部门主要负责人参加的以县政府名义召开的会议;",
        overrides=DEPUTY_DEFAULTS,
        interpretation="county-wide-meeting",
    ),
    # (8) 涉及两位或两位以上副县长工作的重要文件;
    SigningRule(
        id="multi_portfolio_important_by_head",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.MAJOR),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=XF.annex(1, "五(三)1(8)"),
        quote="（8）涉及两位或两位以上副县长工作的重要文件;",
        overrides=DEPUTY_DEFAULTS,
        interpretation="multi-portfolio",
    ),
    # (9) 以县政府名义向中、省、市出具的项目建设承诺函,涉及财政配套资金、土地及相关政策的;
    SigningRule(
        id="project_commitment_by_head",
        when=DocumentIs(
            kind=DocumentKind.LETTER,
            issuer=Issuer.GOVERNMENT,
            addressee=UPWARD,
            matters=(Matter.FUNDS, Matter.LAND),
        ),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=XF.annex(1, "五(三)1(9)"),
        quote="（9）以县政府名义向中、省、市出具的项目建设承诺函,涉及财政配套资金、土地及相关政策的;",
        overrides=DEPUTY_DEFAULTS,
        interpretation="project-commitment",
    ),
    # (10) 上报的重大突发事件信息;
    SigningRule(
        id="emergency_information_by_head",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=UPWARD, matters=Matter.EMERGENCY),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=XF.annex(1, "五(三)1(10)"),
        quote="（10）上报的重大突发事件信息;",
        overrides=DEPUTY_DEFAULTS,
        interpretation="emergency-information",
    ),
    # (11) 县长直接交办的其它事项。
    SigningRule(
        id="head_assigned_by_head",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.HEAD_ASSIGNED),
        signer=Role.HEAD,
        reviewers=HEAD_FLOW,
        circle_means_consent=True,
        cite=XF.annex(1, "五(三)1(11)"),
        quote="（11）县长直接交办的其它事项。",
        overrides=DEPUTY_DEFAULTS,
        interpretation="signing-flows",
    ),
    # 附件1 五(三)2(2) 属于县政府办公室职责范围内的文件由有关联系文秘人员核稿,由主任签发。— over 五十三（六）
    SigningRule(
        id="office_own_business_by_director",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE, matters=Matter.OFFICE_BUSINESS),
        signer=Role.OFFICE_DIRECTOR,
        reviewers=(Role.OFFICE_CLERK,),
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)2(2)"), XF.article(53, item=6)),
        quote="（2）属于县政府办公室职责范围内的文件由有关联系文秘人员核稿,由主任签发。",
        overrides=("office_by_leader_in_charge",),
        interpretation="office-documents",
    ),
    # 附件1 五(三)3 以县政府或县政府办公室大号名义下发的文件,须先送政务公开股进行审核把关 …
    Duty(
        id="publication_gate",
        who=(Role.GOVERNMENT_OFFICE, Role.JUSTICE_BUREAU_HEAD),
        summary="大号文件先送政务公开股审核、填报文件稿：公开的经文件解读、在线征集、司法局合法合规性审核、政务公开股负责人签字后送秘书股发文；"
        "不公开的交不公开说明、报政务公开股备案、负责人签字后送秘书股发文（无时限）",
        cite=(XF.annex(1, "五(三)3"), XF.article(21, paragraph=2), XF.article(31, paragraph=2)),
        quote="以县政府或县政府办公室大号名义下发的文件,须先送政务公开股进行审核把关,填报《西丰县人民政府文件稿》",
        interpretation="legality-review",
    ),
    # 附件1 五(三)4 凡由县政府办公室或县政府部门牵头草拟,以县委、县政府或县委办公室、县政府办公室联合行文的文件,…
    # 县政府领导审签后,报县委领导审签,由县委办公室按程序办理。
    SigningRule(
        id="joint_offices_by_leader_in_charge",
        when=DocumentIs(issuer=Issuer.JOINT_OFFICES),
        signer=Role.DEPUTY,
        # 「县政府领导审签」 names no one leader: the 县长, the 机关负责人 (五(二)8 公文应当经机关负责人审批签发),
        # is one
        or_signers=(Role.HEAD,),
        reviewers=JOINT_FLOW,
        circle_means_consent=True,
        cite=(XF.annex(1, "五(三)4"), XF.annex(1, "五(二)8")),
        quote="经县政府办公室分管文秘工作副主任核稿,县政府联系副主任、主任审核,县政府领导审签后,报县委领导审签,由县委办公室按程序办理。",
        interpretation="joint-documents",
    ),
    CountersignRule(
        id="joint_documents_countersign",
        when=DocumentIs(issuer=(Issuer.JOINT_PARTY_GOVERNMENT, Issuer.JOINT_OFFICES)),
        countersigners=(Role.PARTY_COMMITTEE_LEADER,),
        cite=(XF.annex(1, "五(三)4"), XF.annex(1, "五(二)10")),
        quote="报县委领导审签,由县委办公室按程序办理",
        interpretation="joint-documents",
    ),
    # 附件1 五(二)10 联合发文由所有联署机关的负责人会签 — a joint document with other bodies (附件1 三 西政, 西政发).
    CountersignRule(
        id="joint_external_countersign",
        when=DocumentIs(issuer=Issuer.JOINT_EXTERNAL),
        countersigners=(Role.UNIT_HEAD,),
        cite=(XF.annex(1, "五(二)10"), XF.annex(1, "三")),
        quote="联合发文由所有联署机关的负责人会签。",
        note="会签人为各联署机关的负责人",
        interpretation="joint-documents",
    ),
    # -- 附件2 西丰县政府政务督查工作方案 --------------------------------------------------------------
    # 附件2 三 督查工作程序 (一)–(十)
    Duty(
        id="supervision_registration",
        who=(Role.INSPECTION_HEAD, Role.GOVERNMENT_LEADER),
        summary="督查事项经县政府领导同意后由督查室立项登记、建立台账，以《督查通知》交办督查对象",
        cite=(XF.annex(2, "三(一)"), XF.annex(2, "三(二)")),
        quote="由县政府督查室对需要督办的事项报请县政府领导同意后,予以立项和登记备案",
    ),
    Duty(
        id="supervision_on_site_and_follow_up",
        who=(Role.INSPECTION_HEAD, Role.DEPARTMENT_HEAD),
        summary="在规定时间内实地督查；当场下发《督查确认单》确定整改时限；逾期下发《催办单》，仍未完成的书面说明原因并报领导"
        "（时限个案确定）",
        cite=(XF.annex(2, "三(四)"), XF.annex(2, "三(三)"), XF.annex(2, "三(五)")),
        quote="督查结束后当场下发《督查确认单》,明确发现的问题,确定整改时限,被督查对象现场确认签字。",
        interpretation="no-amount-no-deadline",
    ),
    Duty(
        id="supervision_feedback_signed_by_head",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD),
        summary="督查对象在规定时限内反馈落实情况，反馈报告经单位主要领导审签",
        cite=XF.annex(2, "三(六)"),
        quote="反馈情况报告应经单位主要领导审签。",
    ),
    Duty(
        id="supervision_closure",
        who=(Role.INSPECTION_HEAD, Role.DEPUTY, Role.GOVERNMENT_LEADER),
        summary="督查室审核办结报告，一事一报报分管领导审阅；经县政府领导审核同意后方可结案；定期通报、月考季评、立卷存档",
        cite=(XF.annex(2, "三(七)"), XF.annex(2, "三(八)"), XF.annex(2, "三(九)"), XF.annex(2, "三(十)")),
        quote="办结事项需报请县政府领导审核同意后,方可作结案处理。",
    ),
    # 附件2 四 督查方式
    Duty(
        id="supervision_methods",
        who=(Role.INSPECTION_HEAD,),
        summary="督查方式：自查说明、听取汇报、线索核查和四不两直暗访、调阅复制资料、约谈、互联网+督查",
        cite=(XF.annex(2, "四"), XF.annex(2, "四(三)")),
        quote="（三）推行“线索核查法”和“四不两直”暗访工作法;",
    ),
    # 附件2 五(一)(二) 坚持县政府督查室牵头抓总 … 实行严格计划管理和报批制度。
    Duty(
        id="supervision_office_leads",
        who=(Role.INSPECTION_HEAD,),
        summary="县政府督查室牵头抓总；督查事项实行计划管理和报批制度，不得将日常调研指导冠以督查等名义",
        cite=(XF.annex(2, "五(二)"), XF.annex(2, "五(一)")),
        quote="全面从严规范督查事项,实行严格计划管理和报批制度。",
    ),
    # 附件2 五(四) 切实执行“710”工作制度。一般事项应在7天之内办结,复杂事项1个月内有结果,
    # 年初确定的所有事项在年底清零销号,事项落实起始时间从部署当日算起。
    DeadlineRule(
        id="supervision_simple",
        period=Period(7, DAY, count_start_day=True),
        anchor="督查事项部署",
        action="一般事项办结",
        cite=XF.annex(2, "五(四)"),
        quote="一般事项应在7天之内办结",
        interpretation="710-counting",
    ),
    DeadlineRule(
        id="supervision_complex",
        period=Period(1, MONTH, count_start_day=True),
        anchor="督查事项部署",
        action="复杂事项有结果",
        cite=XF.annex(2, "五(四)"),
        quote="复杂事项1个月内有结果",
        interpretation="710-counting",
    ),
    DeadlineRule(
        id="supervision_year_end",
        period=Period(0, YEAR_END),
        anchor="年初确定督查事项",
        action="清零销号",
        cite=XF.annex(2, "五(四)"),
        quote="年初确定的所有事项在年底清零销号",
        interpretation="710-counting",
    ),
    # 附件2 五(五) 对上级和县政府专项督查、全面督查发现的问题,限期“清零”
    Duty(
        id="rectification_look_back",
        who=(Role.INSPECTION_HEAD, Role.DEPARTMENT_HEAD),
        summary="开展整改“回头看”，督查发现的问题限期清零，虚假整改、应付整改严肃追责（期限个案确定）",
        cite=XF.annex(2, "五(五)"),
        quote="对上级和县政府专项督查、全面督查发现的问题,限期“清零”",
        interpretation="no-amount-no-deadline",
    ),
    # 附件2 六(一)(三) 见人见事、指名道姓的方式进行通报 … 移交纪委监委实施问责、追责。
    Duty(
        id="supervision_results",
        who=(Role.INSPECTION_HEAD, Role.DISCIPLINE_INSPECTION),
        summary="督查结果指名道姓通报，落实不力的单位报告原因、制定措施；量化考评纳入实绩考核，严重滞后的移交纪委监委问责",
        cite=(XF.annex(2, "六(三)"), XF.annex(2, "六(一)")),
        quote="工作严重滞后、问题存在较多的单位将移交纪委监委实施问责、追责。",
    ),
)

#: The roles the text names that take in others (`RoleIncludes`): who may act as a role a rule names.
ROLES: tuple[Rule, ...] = (
    # 8: 「负责日常工作的副县长或其他副县长」: the 负责日常工作的副县长 is one of the 副县长
    RoleIncludes(
        id="executive_deputy_is_a_deputy",
        cite=XF.article(8),
        quote="负责日常工作的副县长或其他副县长",
        role=Role.DEPUTY,
        includes=(Role.EXECUTIVE_DEPUTY,),
        interpretation="executive-deputy-is-a-deputy",
    ),
    # 45 主持召开会议的县政府领导同志: the 县长, the 负责日常工作的副县长 and the 副县长 (8), no one else
    RoleIncludes(
        id="meeting_chair_is_a_leader",
        cite=XF.article(45),
        quote="按程序报主持召开会议的县政府领导同志签发",
        role=Role.MEETING_CHAIR,
        includes=LEADERS,
        interpretation="meeting-chair-is-a-leader",
    ),
    # 五十三（五）需请其他县政府领导同志会签; （六）须经县政府有关领导同志会签;
    # 六十七 由县政府办公室通报县政府其他领导同志: the 县政府领导同志 are the 县长 and the 副县长
    # (六 县长领导县政府的工作,副县长协助县长工作), so a countersign or a notice recorded under any of them
    # is one by a 县政府领导同志 (interpretation multi-portfolio).
    RoleIncludes(
        id="county_leaders_are_government_leaders",
        cite=(XF.article(6), XF.article(53, item=5)),
        quote="县政府实行县长负责制。县长领导县政府的工作,副县长协助县长工作。",
        role=Role.GOVERNMENT_LEADER,
        includes=LEADERS,
        interpretation="multi-portfolio",
    ),
)

#: What the text calls each kind of leave (`Ruleset.leave_kind_names`); it has no word for a study trip (学习).
LEAVE_KIND_NAMES = {
    LeaveKind.TRIP: "离丰",  # 八 「县长离丰期间」, 六十七 「副县长离丰和休假」「部门主要负责人离丰外出」
    LeaveKind.VACATION: "休假",  # 六十七 「副县长离丰和休假」
    LeaveKind.VISIT_ABROAD: "出访",  # 四十六 「因公出访或出差」, 五十一 「因出访、出差或休假」, 七十二 「率团出访」
    LeaveKind.MEETING_ABSENCE: "会议请假",  # 四十六 「须按时参加…会议…原则上不应请假」 (reading leave-kind-names)
}


RULESET = make_ruleset(
    "xifeng_2022",
    government=Government(name="西丰县人民政府", level=Level.COUNTY, parent="铁岭市人民政府"),
    effective_from=date(2022, 9, 22),
    rules=(*RULES, *ROLES),
    meeting_names={MeetingKind.HEAD_OFFICE: "县长办公会议"},  # as the text names it (the generic label names all three)
    role_names=ROLE_NAMES,
    non_operative=NON_OPERATIVE,
    leave_kind_names=LEAVE_KIND_NAMES,
    # 二十一 ¶2 「由县司法局负责合法性审查」: the bureau, acting through its head (a record may name either)
    role_aliases={"县司法局": Role.JUSTICE_BUREAU_HEAD},
)
