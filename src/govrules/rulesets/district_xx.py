"""区人民政府工作规则 of an unnamed district (place name redacted as "XX"): undated, no 文号.

Source: /work/shared/sources/000_fc3fb45b8ba2eb5c.txt, page 2 of 3 of a web page. Only the tail of
article 四十三 and articles 四十四 to 七十六 survive; articles 1-42 (and with them the composition of
the 全体会议 and 常务会议, every rule on trips, vacations and visits abroad, and any leave lead time) and
page 3 are missing from our copy. Articles 43-54 sit in chapter 八 (its heading is lost), 55-64 in
九 公文处理, 65-67 in 十 政务信息工作, 68-74 in 十一 政务督查工作, 75-76 in 十二 数字政府建设.
Readings chosen where the text is open are in docs/interpretations/district_xx.md.
"""

from __future__ import annotations

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
from govrules.periods import AFTER, BEFORE, DAY, WORKDAY, YEAR_END, Period
from govrules.rules import (
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
    Rhythm,
    RhythmRule,
    RoleIncludes,
    RoutingRule,
    Rule,
    SealRule,
    SigningRule,
)
from govrules.rulesets._base import citations_for, make_ruleset

__all__ = ["NON_OPERATIVE", "ROLE_NAMES", "RULES", "RULESET", "XX"]

XX = citations_for("district_xx")

ROLE_NAMES = {
    Role.HEAD: "区长",
    # Never named on the surviving page: he is one of the 副区长 (see deputies-include-executive).
    Role.EXECUTIVE_DEPUTY: "常务副区长",
    Role.DEPUTY: "副区长",
    Role.PARTY_GROUP_MEMBER: "区政府党组成员",
    # 五十 「区政府领导同志不能出席…会议,须向区长请假」, 五十七, 五十九: the leaders as the text names them together
    Role.GOVERNMENT_LEADER: "区政府领导同志",
    Role.OFFICE_DIRECTOR: "区政府办公室主任",
    Role.OFFICE_DEPUTY_DIRECTOR: "区政府办公室副主任",
    Role.OFFICE_COORDINATING_DIRECTOR: "区政府办公室协调主任",
    Role.AUDIT_BUREAU_HEAD: "区审计局局长",
    Role.FINANCE_BUREAU_HEAD: "区财政局局长",
    Role.JUSTICE_BUREAU_HEAD: "区司法局局长",
    Role.DEVELOPMENT_REFORM_HEAD: "区发展改革局局长",
    Role.DEPARTMENT_HEAD: "区政府部门主要负责人",
    Role.DEPARTMENT_DEPUTY_HEAD: "区政府部门分管负责人",
    Role.CO_DEPARTMENT_HEAD: "相关部门主要负责人",
    Role.UNIT_HEAD: "有关单位负责人",
    Role.TOWNSHIP_HEAD: "镇政府（街道办事处）主要负责人",
    Role.TOWNSHIP_DEPUTY_HEAD: "镇政府（街道办事处）分管负责人",
    Role.DISPATCHED_AGENCY_HEAD: "区政府派出机构主要负责人",
    Role.GOVERNMENT: "区政府",
    Role.GOVERNMENT_OFFICE: "区政府办公室",
    Role.PARTY_COMMITTEE: "区委",
    Role.PEOPLES_CONGRESS: "区人民代表大会及其常务委员会",
}

NON_OPERATIVE = {
    65: "政务信息工作的一般要求，无具体规范",
    67: "信息报送质量要求与指导培训，倡导性",
    68: "贯彻《政府督查工作条例》的总体要求",
    75: "数字政府建设的方向性要求",
    76: "放管服改革与无证明城市建设的方向性要求",
}

_OFFICE_LEADERS = (Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_COORDINATING_DIRECTOR)
# 四十四 「区审计局局长、区财政局局长、区司法局局长」: their bureaus are 区政府部门, so wherever the text says
# 部门主要负责人 / 各部门 / 有关部门 (45 ¶2, 46, 52, 56 报送单位, 61(三)), these heads are such principals too
# (see department-principals); `DEPARTMENT_HEAD` stands for any other department's.
_BUREAU_HEADS = (
    Role.AUDIT_BUREAU_HEAD,
    Role.FINANCE_BUREAU_HEAD,
    Role.JUSTICE_BUREAU_HEAD,
    Role.DEVELOPMENT_REFORM_HEAD,
)
_DEPARTMENT_PRINCIPALS = (Role.DEPARTMENT_HEAD, *_BUREAU_HEADS)
_INVITED = (*_DEPARTMENT_PRINCIPALS, Role.UNIT_HEAD, Role.TOWNSHIP_HEAD, Role.DISPATCHED_AGENCY_HEAD)
_LEADERS_MEETINGS = (MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE, MeetingKind.HEAD_BRIEFING)
_WORK_CONFERENCES = (
    MeetingKind.WORK_CONFERENCE,
    MeetingKind.WORK_CONFERENCE_CLASS_1,
    MeetingKind.WORK_CONFERENCE_CLASS_2,
)
_GOV = (Issuer.GOVERNMENT,)
_GOV_OR_OFFICE = (Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE)
#: 五十九 区政府领导同志不直接签批未经区政府办公室审理的公文文稿: the office's review is 五十九's, beside the
#: article that names the signer (六十一), and a missing one is cited to 五十九 (`SigningRule.reviewer_cites`).
OFFICE_REVIEW_CITE = ((Role.GOVERNMENT_OFFICE, XX.article(59, paragraph=1)),)
_BY_HEAD = Alternate(Role.OFFICE_DIRECTOR, AlternateBasis.AUTHORIZATION)
# 六十四 「区长授权区政府办公室主任」: the office director consents to a seal's use on the 区长's authorization only
_BY_HEAD_SEAL = Alternate(Role.OFFICE_DIRECTOR, AlternateBasis.AUTHORIZATION, granted_by=(Role.HEAD,))
# 五十七 报送区政府审批的公文: from the departments and the 镇政府（街道办事处） (五十六 报送单位), to the 区政府.
_SUBMITTERS = (Issuer.DEPARTMENT, Issuer.TOWNSHIP)
# 六十四 says who consents to each seal, not which documents bear it; a 纪要 is not sealed in practice and the text
# never says it is, so the seals are not asserted on minutes (seal-by-issuer).
_SEALED_KINDS = tuple(k for k in DocumentKind if k is not DocumentKind.MINUTES)
_TO_GOVERNMENT = (Addressee.GOVERNMENT, None)

RULES: tuple[Rule, ...] = (
    # 四十三 (tail) 区政府常务会议原则上每月召开1次,遇有重要情况和急需研究的重要事项可以随时召开。
    RhythmRule(
        id="executive_rhythm",
        meeting=MeetingKind.EXECUTIVE,
        rhythm=Rhythm(1, "MONTH"),
        cite=XX.article(43),
        quote="区政府常务会议原则上每月召开1次,遇有重要情况和急需研究的重要事项可以随时召开",
        interpretation="in-principle-monthly",
    ),
    # 四十四 区长办公会议由区长、副区长组成,…列席,由区长召集和主持。… 根据需要,可安排…主要负责人列席。
    MeetingRule(
        id="head_office_meeting",
        meeting=MeetingKind.HEAD_OFFICE,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=(Role.HEAD, Role.DEPUTY),
        # the page never says the district has a 常务副区长: allowed as a 副区长, not required (executive-not-named)
        optional_members=(Role.EXECUTIVE_DEPUTY,),
        non_voting=(
            Role.PARTY_GROUP_MEMBER,
            *_OFFICE_LEADERS,
            Role.AUDIT_BUREAU_HEAD,
            Role.FINANCE_BUREAU_HEAD,
            Role.JUSTICE_BUREAU_HEAD,
        ),
        optional_non_voting=_INVITED,
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        cite=XX.article(44),
        quote="区长办公会议由区长、副区长组成,区政府党组成员、区政府办公室主任、副主任、协调主任和区审计局局长、"
        "区财政局局长、区司法局局长列席,由区长召集和主持",
        interpretation="executive-not-named",
    ),
    # 四十四（一）至（三）会议的主要任务 … 研究处理需提交区政府常务会议解决的重要问题
    Duty(
        id="head_office_tasks",
        who=(Role.HEAD,),
        summary="区长办公会议交流重要工作情况，研究处理需提交常务会议解决的重要问题及日常工作中的其他重要事项",
        cite=(XX.article(44, item=1), XX.article(44, item=2), XX.article(44, item=3)),
        quote="研究处理需提交区政府常务会议解决的重要问题",
    ),
    # 四十五 区长碰头会议由区长、副区长组成,区政府党组成员、区政府办公室主任、副主任、协调主任列席,由区长召集和主持。
    MeetingRule(
        id="head_briefing_meeting",
        meeting=MeetingKind.HEAD_BRIEFING,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=(Role.HEAD, Role.DEPUTY),
        # the page never says the district has a 常务副区长: allowed as a 副区长, not required (executive-not-named)
        optional_members=(Role.EXECUTIVE_DEPUTY,),
        non_voting=(Role.PARTY_GROUP_MEMBER, *_OFFICE_LEADERS),
        optional_non_voting=_INVITED,
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        cite=XX.article(45),
        quote="区长碰头会议由区长、副区长组成,区政府党组成员、区政府办公室主任、副主任、协调主任列席,由区长召集和主持",
        interpretation="executive-not-named",
    ),
    # 四十五（一）至（三）交流重要工作情况; 研究区政府日常工作中的其他重要事项; 开展学习交流。
    Duty(
        id="head_briefing_tasks",
        who=(Role.HEAD,),
        summary="区长碰头会议交流重要工作情况，研究日常工作中的其他重要事项，开展学习交流",
        cite=(XX.article(45, item=1), XX.article(45, item=2), XX.article(45, item=3)),
        quote="开展学习交流",
    ),
    # 四十六 区政府专题会议由区长、副区长或区长、副区长委托区政府办公室有关负责同志召集和主持,
    #        有关部门、单位和镇政府（街道办事处）、区政府派出机构负责人出席。
    MeetingRule(
        id="topical_meeting",
        meeting=MeetingKind.TOPICAL,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        optional_non_voting=(
            *_DEPARTMENT_PRINCIPALS,
            Role.DEPARTMENT_DEPUTY_HEAD,
            Role.UNIT_HEAD,
            Role.TOWNSHIP_HEAD,
            Role.TOWNSHIP_DEPUTY_HEAD,
            Role.DISPATCHED_AGENCY_HEAD,
        ),
        presiders=(Role.HEAD, Role.DEPUTY, *_OFFICE_LEADERS),
        cite=XX.article(46),
        quote="区政府专题会议由区长、副区长或区长、副区长委托区政府办公室有关负责同志召集和主持",
        interpretation="topical-presiders",
    ),
    # 四十六（一）至（三）研究协调…专门问题; 协调解决分管部门之间有意见分歧的问题; …需提交区政府集体研究决策的有关问题。
    Duty(
        id="topical_tasks",
        who=(Role.HEAD, Role.DEPUTY),
        summary="专题会议研究协调分管范围内的专门问题、分管部门之间的分歧及需提交集体决策的问题",
        cite=(XX.article(46, item=1), XX.article(46, item=2), XX.article(46, item=3)),
        quote="协调解决分管部门之间有意见分歧的问题",
    ),
    # 四十七 … 主办部门应提前充分研究论证,与相关部门协调一致,经合法性审查后,按程序报送分管副区长确定,并报区长同意。
    Duty(
        id="agenda_item_preparation",
        who=(Role.DEPARTMENT_HEAD, Role.DEPUTY, Role.HEAD),
        summary="全体会议、常务会议议题：主办部门研究论证、与相关部门协调一致、经合法性审查，分管副区长确定，报区长同意",
        cite=XX.article(47),
        quote="主办部门应提前充分研究论证,与相关部门协调一致,经合法性审查后,按程序报送分管副区长确定,并报区长同意",
        interpretation="legality-reviewer-unnamed",
    ),
    # 四十七 属于副区长、区政府部门职责权限范围内决定的事项,或会前未经沟通协商的事项,不提交会议讨论研究。
    Duty(
        id="agenda_item_exclusion",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="副区长或部门职权范围内可决定的事项、会前未经沟通协商的事项，不提交全体会议、常务会议",
        cite=XX.article(47),
        quote="属于副区长、区政府部门职责权限范围内决定的事项,或会前未经沟通协商的事项,不提交会议讨论研究",
    ),
    # 四十八 拟提交区政府常务会议研究的议题材料,除特殊情况外,应于会前5个工作日报送区政府办公室运转。
    DeadlineRule(
        id="agenda_materials",
        period=Period(5, WORKDAY, BEFORE),
        anchor="常务会议召开",
        action="议题材料报送区政府办公室",
        cite=XX.article(48),
        quote="除特殊情况外,应于会前5个工作日报送区政府办公室运转",
        hedge=True,  # 除特殊情况外: a norm with room for departures the record cannot show
        interpretation="materials-except-special",
    ),
    AgendaRule(
        id="executive_materials_in_time",
        meetings=(MeetingKind.EXECUTIVE,),
        requirement="MATERIALS_IN_TIME",
        lead_time=Period(5, WORKDAY, BEFORE),
        cite=XX.article(48),
        quote="拟提交区政府常务会议研究的议题材料,除特殊情况外,应于会前5个工作日报送区政府办公室运转",
        hedge=True,  # 除特殊情况外: a late item may be a special case; the audit reports a warning, not an error
        interpretation="materials-except-special",
    ),
    # 四十九 区政府常务会议由区政府办公室提出安排意见,经区政府办公室主任审定后报区长确定。
    Duty(
        id="executive_arrangement",
        who=(Role.GOVERNMENT_OFFICE, Role.OFFICE_DIRECTOR, Role.HEAD),
        summary="常务会议安排：区政府办公室提出意见，办公室主任审定，区长确定",
        cite=XX.article(49),
        quote="区政府常务会议由区政府办公室提出安排意见,经区政府办公室主任审定后报区长确定",
    ),
    # 五十 区政府领导同志不能出席区政府全体会议、常务会议、区长办公会议和区长碰头会议,须向区长请假;
    LeaveRule(
        id="leaders_meeting_absence",
        # a record naming the leader as the text does (区政府领导同志), not which one, is one of them (trial 10)
        when=LeaveIs(
            role=(Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.GOVERNMENT_LEADER),
            kind=LeaveKind.MEETING_ABSENCE,
            meeting=_LEADERS_MEETINGS,
        ),
        approvers=(Role.HEAD,),
        cite=XX.article(50),
        quote="区政府领导同志不能出席区政府全体会议、常务会议、区长办公会议和区长碰头会议,须向区长请假",
        interpretation="leaders-include-party-group",
    ),
    # 五十 — the 区政府党组成员 sit in (列席) at the 区长办公会议 and 碰头会议 (四十四、四十五), and the page that set
    # them at the 全体会议 and 常务会议 is lost: a 区政府领导同志 (asks the 区长) or a 列席人员 (the office collects,
    # reports to the 区长)? (leaders-include-party-group)
    LeaveRule(
        id="party_group_meeting_absence",
        when=LeaveIs(role=Role.PARTY_GROUP_MEMBER, kind=LeaveKind.MEETING_ABSENCE, meeting=_LEADERS_MEETINGS),
        note="区政府党组成员请假，须向区长请假（区政府领导同志）还是由区政府办公室汇总后向区长报告（列席人员），"
        "第五十条未明；两种读法下区长均知悉请假，审批人与报备对象未作检查",
        cite=XX.article(50),
        quote="区政府领导同志不能出席区政府全体会议、常务会议、区长办公会议和区长碰头会议,须向区长请假;区政府全体会议其他与会人员或区政府常务会议、区长办公会议、区长碰头会议列席人员请假,由区政府办公室汇总后向区长报告",
        interpretation="leaders-include-party-group",
    ),
    # 五十 区政府全体会议其他与会人员或…列席人员请假,由区政府办公室汇总后向区长报告。
    LeaveRule(
        id="attendees_meeting_absence",
        when=LeaveIs(
            role=(*_OFFICE_LEADERS, *_INVITED),
            kind=LeaveKind.MEETING_ABSENCE,
            meeting=_LEADERS_MEETINGS,
        ),
        # 汇总 is not 批准: the office collects the requests and reports them to the 区长; no approver is named.
        notify=(Role.GOVERNMENT_OFFICE, Role.HEAD),
        # 五十 「由区政府办公室汇总后向区长报告」
        notify_verb=("由{}汇总", "向{}报告"),
        cite=XX.article(50),
        quote="区政府全体会议其他与会人员或区政府常务会议、区长办公会议、区长碰头会议列席人员请假,"
        "由区政府办公室汇总后向区长报告",
        interpretation="office-collects-leave",
    ),
    # 五十一 区政府全体会议、常务会议、区长办公会议和区政府专题会议决定事项,由区政府办公室负责督办
    Duty(
        id="decision_supervision",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="全体会议、常务会议、区长办公会议、专题会议决定事项由区政府办公室督办（区长碰头会议不在其列）",
        cite=XX.article(51),
        quote="区政府全体会议、常务会议、区长办公会议和区政府专题会议决定事项,由区政府办公室负责督办",
    ),
    # 五十一 定期调度…,汇总形成《未达时序进度工作日（周、月）报表》和《三争清单》,报送区政府办公室副主任、协调主任。
    Duty(
        id="progress_reports",
        who=(Role.GOVERNMENT_OFFICE, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_COORDINATING_DIRECTOR),
        summary="区政府办公室定期调度决定事项和“三争”等重点工作，形成未达时序进度日报（周报、月报）和三争清单，"
        "报办公室副主任、协调主任",
        cite=XX.article(51),
        quote="汇总形成《未达时序进度工作日（周、月）报表》和《三争清单》,报送区政府办公室副主任、协调主任",
        interpretation="report-names-not-periods",
    ),
    # 五十一 区政府办公室副主任、协调主任要认真研究落后的工作事项,…协助区政府分管领导做好推进落实。
    Duty(
        id="lagging_items",
        who=(Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_COORDINATING_DIRECTOR),
        summary="办公室副主任、协调主任研究落后事项，协助分管领导推进落实",
        cite=XX.article(51),
        quote="区政府办公室副主任、协调主任要认真研究落后的工作事项",
    ),
    # 五十二 一类会议由区长主持,副区长、区政府党组成员、区政府部门和镇政府（街道办事处）主要负责人参加
    MeetingRule(
        id="work_conference_class_1",
        meeting=MeetingKind.WORK_CONFERENCE_CLASS_1,
        members=(
            Role.DEPUTY,
            Role.PARTY_GROUP_MEMBER,
            Role.DEPARTMENT_HEAD,
            Role.TOWNSHIP_HEAD,
        ),
        # 常务副区长: not named on the page (executive-not-named); the named bureaus' heads are 部门主要负责人
        # (department-principals), allowed beside `DEPARTMENT_HEAD`, which stands for the departments' heads
        optional_members=(Role.EXECUTIVE_DEPUTY, *_BUREAU_HEADS),
        presiders=(Role.HEAD,),
        cite=XX.article(52, paragraph=1),
        quote="一类会议由区长主持,副区长、区政府党组成员、区政府部门和镇政府（街道办事处）主要负责人参加",
        interpretation="work-conference-classes",
        organisers=(Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 五十二 二类会议由分管副区长主持,区政府部门和镇政府（街道办事处）分管负责人参加
    MeetingRule(
        id="work_conference_class_2",
        meeting=MeetingKind.WORK_CONFERENCE_CLASS_2,
        members=(Role.DEPARTMENT_DEPUTY_HEAD, Role.TOWNSHIP_DEPUTY_HEAD),
        presiders=(Role.DEPUTY,),
        cite=XX.article(52, paragraph=1),
        quote="二类会议由分管副区长主持,区政府部门和镇政府（街道办事处）分管负责人参加",
        interpretation="work-conference-classes",
        organisers=(Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_COORDINATING_DIRECTOR),
    ),
    # 五十二 一类会议由区长主持…二类会议由分管副区长主持: a 工作会议 whose class is not on record was chaired by one of
    # the two under either class; who attends differs by class, so attendance is left unchecked (said in the note).
    MeetingRule(
        id="work_conference_class_unknown",
        meeting=MeetingKind.WORK_CONFERENCE,
        presiders=(Role.HEAD, Role.DEPUTY),
        cite=XX.article(52, paragraph=1),
        quote="区政府工作会议按会议内容、出席人员分为两类。一类会议由区长主持",
        note="未载明一类或二类会议：一类会议由区长主持，二类会议由分管副区长主持，参会人员因类别而异，组成未作检查",
        interpretation="work-conference-classes",
    ),
    # 五十二 区政府各部门、单位要于每年度末将下一年度拟以区政府名义召开的工作会议计划报送区政府办公室,
    #        由区政府办公室审核,经区长批准后,列入区政府会议计划台账。
    DeadlineRule(
        id="meeting_plan",
        period=Period(0, YEAR_END),
        anchor="本年度（任一日）",
        action="下一年度拟以区政府名义召开的工作会议计划报送区政府办公室",
        cite=XX.article(52, paragraph=2),
        quote="区政府各部门、单位要于每年度末将下一年度拟以区政府名义召开的工作会议计划报送区政府办公室",
        interpretation="year-end",
    ),
    Duty(
        id="meeting_plan_approval",
        who=(Role.GOVERNMENT_OFFICE, Role.HEAD),
        summary="工作会议计划由区政府办公室审核、区长批准后列入会议计划台账",
        cite=XX.article(52, paragraph=2),
        quote="由区政府办公室审核,经区长批准后,列入区政府会议计划台账",
    ),
    # 五十二 需以区政府名义召开的工作会议,承办部门、单位要提前7天将会议主题、议程、会期…以请示件的形式报区政府
    DeadlineRule(
        id="meeting_request",
        period=Period(7, DAY, BEFORE),
        anchor="以区政府名义召开的工作会议",
        action="承办部门、单位以请示件报送会议主题、议程、会期等",
        cite=XX.article(52, paragraph=2),
        quote="承办部门、单位要提前7天将会议主题、议程、会期以及会议形式、与会人员范围、出席领导等,以请示件的形式报区政府",
        interpretation="seven-days-before",
    ),
    # 五十二 …以请示件的形式报区政府,由区政府办公室主任审定。 — more specific than 五十七 (the leader in charge)
    ApprovalRule(
        id="meeting_request_approval",
        when=DocumentIs(kind=DocumentKind.REQUEST, issuer=_SUBMITTERS, meeting=_WORK_CONFERENCES),
        approver=Role.OFFICE_DIRECTOR,
        cite=XX.article(52, paragraph=2),
        quote="以请示件的形式报区政府,由区政府办公室主任审定",
        overrides=("submission_approved_by_leader_in_charge", "major_submission_approved_by_head"),
        interpretation="conference-request-approval",
    ),
    # 五十二 除紧急事项外,一般不临时动议召开工作会议。特殊情况临时动议召开的工作会议由区长审定。
    ApprovalRule(
        id="ad_hoc_conference",
        when=DocumentIs(
            kind=DocumentKind.REQUEST, issuer=_SUBMITTERS, meeting=_WORK_CONFERENCES, matters=Matter.EMERGENCY
        ),
        approver=Role.HEAD,
        cite=XX.article(52, paragraph=2),
        quote="除紧急事项外,一般不临时动议召开工作会议。特殊情况临时动议召开的工作会议由区长审定",
        overrides=("meeting_request_approval",),
        interpretation="conference-request-approval",
    ),
    # 五十二 区政府一类会议的会务工作在区政府办公室主任领导下,以区政府办公室为主组织,区政府有关部门予以协助;
    Duty(
        id="class_1_logistics",
        who=(Role.OFFICE_DIRECTOR, Role.GOVERNMENT_OFFICE),
        summary="一类会议会务在办公室主任领导下由区政府办公室组织，有关部门协助",
        cite=XX.article(52, paragraph=3),
        quote="区政府一类会议的会务工作在区政府办公室主任领导下,以区政府办公室为主组织,区政府有关部门予以协助",
    ),
    # 五十二 二类会议由协助区政府领导工作的区政府办公室副主任、协调主任协调,以区政府有关部门为主组织
    Duty(
        id="class_2_logistics",
        who=(Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_COORDINATING_DIRECTOR),
        summary="二类会议由协助该领导工作的办公室副主任、协调主任协调，有关部门为主组织，区政府办公室协助",
        cite=XX.article(52, paragraph=3),
        quote="二类会议由协助区政府领导工作的区政府办公室副主任、协调主任协调,以区政府有关部门为主组织",
    ),
    # 五十三 能以部门名义召开的会议不以区政府名义召开,能采取视频会议形式的不集中开会。
    Duty(
        id="conference_economy",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="能以部门名义召开的不以区政府名义召开，能开视频会议的不集中开会",
        cite=XX.article(53, paragraph=1),
        quote="能以部门名义召开的会议不以区政府名义召开,能采取视频会议形式的不集中开会",
    ),
    # 五十三 各部门召开本系统全区性会议原则上每年不超过1次。
    Duty(
        id="department_system_meeting_cap",
        who=(Role.DEPARTMENT_HEAD,),
        summary="各部门召开本系统全区性会议原则上每年不超过1次",
        cite=XX.article(53, paragraph=1),
        quote="各部门召开本系统全区性会议原则上每年不超过1次",
        interpretation="department-meeting-cap",
    ),
    # 五十三 区政府召开的工作会议,参加会议人员原则上不得请假;确有特殊情况不能参加会议的,
    #        必须按规定程序提前请假,并明确代替参加会议人员。
    LeaveRule(
        id="work_conference_absence",
        when=LeaveIs(kind=LeaveKind.MEETING_ABSENCE, meeting=_WORK_CONFERENCES),
        in_advance=True,
        substitute_required=True,
        cite=XX.article(53, paragraph=2),
        quote="确有特殊情况不能参加会议的,必须按规定程序提前请假,并明确代替参加会议人员",
        interpretation="conference-absence",
    ),
    Duty(
        id="work_conference_absence_in_advance",
        summary="区政府工作会议原则上不得请假；确有特殊情况的须按规定程序在会前请假",
        cite=XX.article(53, paragraph=2),
        quote="区政府召开的工作会议,参加会议人员原则上不得请假",
        interpretation="conference-absence",
    ),
    # 五十三 参加会议人员必须按时参加会议,不得无故迟到或早退。…因特殊情况不能按时报到的,应主动向会议主办单位说明原因。
    Duty(
        id="conference_punctuality",
        summary="按时参会，不得无故迟到早退；按通知时间地点报名报到，不能按时报到的主动向主办单位说明原因",
        cite=XX.article(53, paragraph=2),
        quote="参加会议人员必须按时参加会议,不得无故迟到或早退",
    ),
    # 五十四 市政府部门通过区政府有关部门商洽在XX召开全市性会议,有关部门须提前报告区政府,经同意后方可答复和安排。
    Duty(
        id="city_meeting_hosting",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT),
        summary="市政府部门商洽在本区召开全市性会议的，有关部门须事先报告区政府，经同意后方可答复和安排",
        cite=XX.article(54),
        quote="有关部门须提前报告区政府,经同意后方可答复和安排",
    ),
    # 五十五 报送区政府的公文,应当符合《党政机关公文处理工作条例》和…的规定。
    Duty(
        id="submission_conformity",
        summary="报送区政府的公文应符合公文处理工作条例及省实施办法",
        cite=XX.article(55, paragraph=1),
        quote="报送区政府的公文,应当符合《党政机关公文处理工作条例》",
    ),
    # 五十五 除…外,公文一律送区政府办公室按规定程序统一办理,不得直接报送区政府领导同志个人,更不得多头主送、越级行文。
    Duty(
        id="routing_via_office",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="报区政府的公文一律经区政府办公室统一办理（领导交办、确需直报的涉密、重大突发、部分涉外事项除外）",
        cite=XX.article(55, paragraph=2),
        quote="公文一律送区政府办公室按规定程序统一办理,不得直接报送区政府领导同志个人,更不得多头主送、越级行文",
    ),
    # 五十五 凡属区政府部门职责范围内的事项,应直接将公文报送区政府有关部门,…不得报区政府。
    Duty(
        id="department_remit_not_to_government",
        who=(Role.DEPARTMENT_HEAD,),
        summary="属部门职责范围内的事项直接报有关部门协商处理，不得报区政府",
        cite=XX.article(55, paragraph=3),
        quote="凡属区政府部门职责范围内的事项,应直接将公文报送区政府有关部门,并主动与其协商处理,不得报区政府",
    ),
    # 五十六 确需向区政府书面请示、报告事项,必须以正式公文形式报送,须由报送单位主要负责人签发
    # (how the 区政府 leaders then approve them, and what 圈阅 means there, is 五十七: the ApprovalRules below)
    SigningRule(
        id="department_request",
        when=DocumentIs(kind=DocumentKind.REQUEST, issuer=Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT),
        signer=Role.DEPARTMENT_HEAD,
        or_signers=_BUREAU_HEADS,  # the 局长 of a bureau submitting is its 报送单位主要负责人 (department-principals)
        cite=XX.article(56, paragraph=1),
        quote="确需向区政府书面请示、报告事项,必须以正式公文形式报送,须由报送单位主要负责人签发",
        interpretation="incoming-approval",
    ),
    SigningRule(
        id="department_report",
        when=DocumentIs(kind=DocumentKind.REPORT, issuer=Issuer.DEPARTMENT, addressee=Addressee.GOVERNMENT),
        signer=Role.DEPARTMENT_HEAD,
        or_signers=_BUREAU_HEADS,  # the 局长 of a bureau submitting is its 报送单位主要负责人 (department-principals)
        cite=XX.article(56, paragraph=1),
        quote="确需向区政府书面请示、报告事项,必须以正式公文形式报送,须由报送单位主要负责人签发",
        interpretation="incoming-approval",
    ),
    # 五十六 …须由报送单位主要负责人签发 — a 镇政府（街道办事处） submitting to the 区政府 is such a 报送单位
    SigningRule(
        id="township_submission",
        when=DocumentIs(
            kind=(DocumentKind.REQUEST, DocumentKind.REPORT), issuer=Issuer.TOWNSHIP, addressee=Addressee.GOVERNMENT
        ),
        signer=Role.TOWNSHIP_HEAD,
        cite=XX.article(56, paragraph=1),
        quote="须由报送单位主要负责人签发",
        interpretation="submitting-unit",
    ),
    # 五十六 不得以"参阅件""呈阅件""请阅件"等非规范形式报送。
    Duty(
        id="no_informal_submissions",
        who=(Role.DEPARTMENT_HEAD,),
        summary="不得以参阅件、呈阅件、请阅件等非规范形式向区政府报送",
        cite=XX.article(56, paragraph=1),
        quote='不得以"参阅件""呈阅件""请阅件"等非规范形式报送',
    ),
    # 五十六 报送区政府的请示性公文必须一文一事,请示事项应当明确。
    Duty(
        id="one_matter_per_request",
        who=(Role.DEPARTMENT_HEAD,),
        summary="报区政府的请示一文一事，请示事项明确",
        cite=XX.article(56, paragraph=2),
        quote="报送区政府的请示性公文必须一文一事,请示事项应当明确",
    ),
    # 五十六 凡涉及其他部门职权的,…由主办部门主要负责人与相关部门主要负责人会签或联合报区政府审批。
    CountersignRule(
        id="department_request_countersign",
        when=DocumentIs(
            kind=DocumentKind.REQUEST,
            issuer=Issuer.DEPARTMENT,
            addressee=Addressee.GOVERNMENT,
            matters=Matter.CROSS_DEPARTMENT,
        ),
        countersigners=(Role.CO_DEPARTMENT_HEAD,),
        cite=XX.article(56, paragraph=2),
        quote="由主办部门主要负责人与相关部门主要负责人会签或联合报区政府审批",
        interpretation="joint-submission",
    ),
    # 五十六 协商后仍不能取得一致意见的,主办部门应列明各方理据,提出办理意见,与相关部门会签后报区政府决定。
    Duty(
        id="disagreement_handling",
        who=(Role.DEPARTMENT_HEAD, Role.CO_DEPARTMENT_HEAD),
        summary="部门间有分歧的，主办部门主要负责人主动协商；仍不一致的列明各方理据、提出办理意见，会签后报区政府决定",
        cite=XX.article(56, paragraph=2),
        quote="协商后仍不能取得一致意见的,主办部门应列明各方理据,提出办理意见,与相关部门会签后报区政府决定",
    ),
    # 五十六 报送区政府的报告性公文不得夹带请示事项。
    Duty(
        id="no_request_in_report",
        who=(Role.DEPARTMENT_HEAD,),
        summary="报区政府的报告不得夹带请示事项",
        cite=XX.article(56, paragraph=2),
        quote="报送区政府的报告性公文不得夹带请示事项",
    ),
    # 五十六 报送区政府的公文要实事求是地标注公文密级和紧急程度。
    Duty(
        id="classification_marking",
        who=(Role.DEPARTMENT_HEAD,),
        summary="报区政府的公文如实标注密级和紧急程度",
        cite=XX.article(56, paragraph=3),
        quote="报送区政府的公文要实事求是地标注公文密级和紧急程度",
    ),
    # 五十六 区政府议事协调机构、临时机构、行业协会和部门内设、管理机构等,不得直接向区政府报送公文。
    Duty(
        id="bodies_submit_via_competent_department",
        who=(Role.DEPARTMENT_HEAD,),
        summary="议事协调机构、临时机构、行业协会、部门内设和管理机构不得直接向区政府报文，由主管部门报文",
        cite=XX.article(56, paragraph=4),
        quote="确需向区政府请示报告的,应当由其主管部门向区政府报文",
    ),
    # 五十六 ¶4 the part a record shows: a document in a 议事协调机构's name addressed to the 区政府 is a breach,
    # whoever signs it (the other bodies it names are not issuers a record can name: the Duty above keeps them)
    RoutingRule(
        id="coordination_body_not_to_government",
        when=DocumentIs(issuer=Issuer.COORDINATION_BODY, addressee=Addressee.GOVERNMENT),
        forbidden="区政府议事协调机构不得直接向区政府报送公文",
        instead="确需向区政府请示报告的,应当由其主管部门向区政府报文",
        cite=XX.article(56, paragraph=4),
        quote="区政府议事协调机构、临时机构、行业协会和部门内设、管理机构等,不得直接向区政府报送公文。"
        "确需向区政府请示报告的,应当由其主管部门向区政府报文。",
        interpretation="coordination-body-routing",
    ),
    # 五十七 报送区政府审批的公文,由区政府办公室审核后根据区政府领导同志分工呈送审批,重大事项报区长审批。
    Duty(
        id="incoming_approval",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPUTY, Role.HEAD),
        summary="报区政府审批的公文经区政府办公室审核后按分工呈分管副区长审批，重大事项报区长审批；"
        "有具体请示事项的须签署明确意见、姓名和日期",
        cite=XX.article(57, paragraph=1),
        quote="报送区政府审批的公文,由区政府办公室审核后根据区政府领导同志分工呈送审批,重大事项报区长审批",
        interpretation="incoming-approval",
    ),
    # 五十七 …根据区政府领导同志分工呈送审批 … 区政府领导同志审批公文,对有具体请示事项的,应签署明确意见、姓名和日期。
    ApprovalRule(
        id="submission_approved_by_leader_in_charge",
        when=DocumentIs(issuer=_SUBMITTERS, addressee=_TO_GOVERNMENT),
        approver=Role.DEPUTY,
        # 「根据区政府领导同志分工」: the 区长 is one of the 区政府领导同志, and whose portfolio the matter is in
        # the record does not show
        or_approvers=(Role.HEAD,),
        note="区长审批的，以按区政府领导同志分工属区长为限（第五十七条）",
        opinion_required=True,
        cite=XX.article(57, paragraph=1),
        quote="区政府领导同志审批公文,对有具体请示事项的,应签署明确意见、姓名和日期",
        interpretation="incoming-approval",
    ),
    # 五十七 对一般报告性公文,圈阅表示"已阅知"。 — on a 报告 a circle is enough: it records that it was read.
    ApprovalRule(
        id="report_read_by_leader_in_charge",
        when=DocumentIs(kind=DocumentKind.REPORT, issuer=_SUBMITTERS, addressee=_TO_GOVERNMENT),
        approver=Role.DEPUTY,
        or_approvers=(Role.HEAD,),
        note="区长阅知的，以按区政府领导同志分工属区长为限（第五十七条）",
        read_only=True,
        opinion_required=False,
        cite=XX.article(57, paragraph=1),
        quote='对一般报告性公文,圈阅表示"已阅知"',
        overrides=("submission_approved_by_leader_in_charge",),
        interpretation="incoming-approval",
    ),
    # 五十七 重大事项报区长审批。
    ApprovalRule(
        id="major_submission_approved_by_head",
        when=DocumentIs(issuer=_SUBMITTERS, addressee=_TO_GOVERNMENT, matters=Matter.MAJOR),
        approver=Role.HEAD,
        opinion_required=True,
        cite=XX.article(57, paragraph=1),
        quote="重大事项报区长审批",
        overrides=("submission_approved_by_leader_in_charge", "report_read_by_leader_in_charge"),
        interpretation="incoming-approval",
    ),
    ApprovalRule(
        id="major_report_read_by_head",
        when=DocumentIs(kind=DocumentKind.REPORT, issuer=_SUBMITTERS, addressee=_TO_GOVERNMENT, matters=Matter.MAJOR),
        approver=Role.HEAD,
        read_only=True,
        opinion_required=False,
        cite=XX.article(57, paragraph=1),
        quote="重大事项报区长审批",
        overrides=("major_submission_approved_by_head",),
        interpretation="incoming-approval",
    ),
    # 五十七 区政府办公室转有关部门办理的公文,各部门应当在规定时限内办理完毕并以正式报告形式回复办理结果。
    Duty(
        id="instruction_handling",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPARTMENT_HEAD),
        summary="领导批示的公文由区政府办公室转办；各部门在规定时限内办结并以正式报告回复（时限由转办时确定）",
        cite=XX.article(57, paragraph=2),
        quote="各部门应当在规定时限内办理完毕并以正式报告形式回复办理结果",
    ),
    # 五十八 以区政府或区政府办公室名义制发的公文,其内容应属于关系全区经济社会发展的重要决定、政策措施…
    Duty(
        id="government_document_scope",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="以区政府或区政府办公室名义发文限于关系全区的重要决定、政策措施和需全区执行周知的重要事项",
        cite=XX.article(58),
        quote="其内容应属于关系全区经济社会发展的重要决定、政策措施",
    ),
    # 五十九 凡以区政府或区政府办公室名义制发的公文,一般应由主管部门代拟文稿,区政府办公室负责审理和送审、送签。
    Duty(
        id="drafting_by_competent_department",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="以区政府或区政府办公室名义制发的公文一般由主管部门代拟，区政府办公室审理、送审、送签",
        cite=XX.article(59, paragraph=1),
        quote="一般应由主管部门代拟文稿,区政府办公室负责审理和送审、送签",
        interpretation="office-review-always",
    ),
    # 五十九 部门主要负责人要对代拟文稿认真审核把关,并在公文签批单上签名同意。
    Duty(
        id="drafting_department_head_review",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门主要负责人审核本部门代拟文稿并在公文签批单上签名同意",
        cite=XX.article(59, paragraph=2),
        quote="部门主要负责人要对代拟文稿认真审核把关,并在公文签批单上签名同意",
        interpretation="office-review-always",
    ),
    # 五十九 文稿内容涉及其他部门职权范围的事项,…协办部门要积极配合并由主要负责人会签。
    CountersignRule(
        id="draft_countersign",
        when=DocumentIs(issuer=_GOV_OR_OFFICE, matters=Matter.CROSS_DEPARTMENT),
        countersigners=(Role.CO_DEPARTMENT_HEAD,),
        cite=XX.article(59, paragraph=3),
        quote="协办部门要积极配合并由主要负责人会签",
    ),
    # 五十九 除主办部门另有时限要求外,一般应在3个工作日内回复,特别复杂的事项不得超过一周;…逾期不回复视为无不同意见。
    DeadlineRule(
        id="countersign_reply",
        period=Period(3, WORKDAY, AFTER),
        variants={"complex": Period(7, DAY, AFTER)},
        # 「一般应在3个工作日内」 is the hedged default; 「特别复杂的事项不得超过一周」 a ceiling the 一般
        # does not govern
        unhedged_variants={"complex"},
        variant_names={"特别复杂": "complex", "特别复杂的事项": "complex"},
        anchor="征求意见或会签送达",
        action="相关部门回复意见或会签",
        cite=XX.article(59, paragraph=3),
        quote="除主办部门另有时限要求外,一般应在3个工作日内回复,特别复杂的事项不得超过一周",
        interpretation="countersign-week",
    ),
    Duty(
        id="countersign_extension",
        who=(Role.CO_DEPARTMENT_HEAD,),
        summary="特殊情况不能按期回复的主动与主办部门商定时限和方式；逾期不回复视为无不同意见",
        cite=XX.article(59, paragraph=3),
        quote="特殊情况不能按期回复的,应主动与主办部门沟通并商定回复时限及方式,逾期不回复视为无不同意见",
        interpretation="countersign-week",
    ),
    # 五十九 属部门职权范围内事务、应由部门自行发文或联合发文的,不得申请以区政府或区政府办公室名义发文。
    Duty(
        id="no_government_name_for_department_business",
        who=(Role.DEPARTMENT_HEAD,),
        summary="属部门职权范围内、应由部门自行或联合发文的，不得申请以区政府或区政府办公室名义发文",
        cite=XX.article(59, paragraph=4),
        quote="属部门职权范围内事务、应由部门自行发文或联合发文的,不得申请以区政府或区政府办公室名义发文",
    ),
    # 六十 以区政府名义对外签订合同、协议、备忘录、意向书等,需事先经区司法局合法性审查,并报区政府同意。
    Duty(
        id="contract_legality_review",
        who=(Role.JUSTICE_BUREAU_HEAD, Role.GOVERNMENT),
        summary="以区政府名义对外签订合同、协议、备忘录、意向书等，事先经区司法局合法性审查并报区政府同意",
        cite=XX.article(60),
        quote="需事先经区司法局合法性审查,并报区政府同意",
        interpretation="contract-consent",
    ),
    # 六十一（一）向区人民代表大会及其常务委员会提出的议案,由区长签发;
    SigningRule(
        id="motion_to_congress",
        when=DocumentIs(kind=DocumentKind.MOTION, issuer=_GOV, addressee=(Addressee.PEOPLES_CONGRESS, None)),
        signer=Role.HEAD,
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        cite=(XX.article(61, item=1), XX.article(59, paragraph=1)),
        quote="向区人民代表大会及其常务委员会提出的议案,由区长签发",
        overrides=(
            "other_government_documents",
            "decided_or_routine",
            "routine_approval",
            "emergency_by_office_director",
        ),
        interpretation="enumerated-over-authorization",
    ),
    # 六十一（二）区政府人事任免公文,由区长签发;
    SigningRule(
        id="personnel",
        when=DocumentIs(issuer=_GOV, matters=Matter.PERSONNEL),
        signer=Role.HEAD,
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        cite=(XX.article(61, item=2), XX.article(59, paragraph=1)),
        quote="区政府人事任免公文,由区长签发",
        overrides=(
            "other_government_documents",
            "decided_or_routine",
            "routine_approval",
            "emergency_by_office_director",
        ),
        interpretation="enumerated-over-authorization",
    ),
    # 六十一（三）各镇政府（街道办事处）主要负责人、区政府各部门主要负责人出国审批公文,由区长签发;
    SigningRule(
        id="travel_abroad",
        when=DocumentIs(issuer=_GOV, matters=Matter.TRAVEL_ABROAD),
        signer=Role.HEAD,
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        cite=(XX.article(61, item=3), XX.article(59, paragraph=1)),
        quote="各镇政府（街道办事处）主要负责人、区政府各部门主要负责人出国审批公文,由区长签发",
        overrides=(
            "other_government_documents",
            "decided_or_routine",
            "routine_approval",
            "emergency_by_office_director",
        ),
        interpretation="travel-abroad-subject",
    ),
    # 六十一（三）… 出国审批公文,由区长签发 — so the 区长 approves their going abroad.
    LeaveRule(
        id="travel_abroad_approval",
        when=LeaveIs(role=(Role.TOWNSHIP_HEAD, *_DEPARTMENT_PRINCIPALS), kind=LeaveKind.VISIT_ABROAD),
        approvers=(Role.HEAD,),
        # 六十一（三） says who signs the approval, not when it is sought: no lead time, not even 事先
        # (travel-abroad-subject)
        note="第六十一条第（三）项只规定出国审批公文由区长签发，未规定何时报批；报批时间未作检查",
        cite=XX.article(61, item=3),
        quote="各镇政府（街道办事处）主要负责人、区政府各部门主要负责人出国审批公文,由区长签发",
        interpretation="travel-abroad-subject",
    ),
    # 六十一（四）区政府常务会议和区长办公会议纪要,由区长签发。 — more specific than (五), (六), (七) and (八)
    SigningRule(
        id="executive_head_office_minutes",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=_GOV_OR_OFFICE,
            meeting=(MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE),
        ),
        signer=Role.HEAD,
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        cite=(XX.article(61, item=4), XX.article(59, paragraph=1)),
        quote="区政府常务会议和区长办公会议纪要,由区长签发",
        overrides=(
            "other_government_documents",
            "decided_or_routine",
            "emergency_by_office_director",
            "office_documents",
        ),
        interpretation="minutes-specific",
    ),
    # 六十一（四）区政府专题会议纪要由区长或分管有关工作的副区长签发。
    SigningRule(
        id="topical_minutes",
        when=DocumentIs(kind=DocumentKind.MINUTES, issuer=_GOV_OR_OFFICE, meeting=MeetingKind.TOPICAL),
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD,),
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        cite=(XX.article(61, item=4), XX.article(46), XX.article(59, paragraph=1)),
        quote="区政府专题会议纪要由区长或分管有关工作的副区长签发",
        note="副区长指分管有关工作的副区长",
        overrides=(
            "personnel",
            "travel_abroad",
            "other_government_documents",
            "emergency_by_office_director",
            "office_documents",
        ),
        interpretation="topical-minutes-signer",
    ),
    # 六十一（四）涉及重要事项的专题会议纪要,须经区长审定后印发;
    SigningRule(
        id="topical_minutes_major",
        when=DocumentIs(
            kind=DocumentKind.MINUTES, issuer=_GOV_OR_OFFICE, meeting=MeetingKind.TOPICAL, matters=Matter.MAJOR
        ),
        # 「由区长或分管有关工作的副区长签发」 still holds; 区长审定 is a step of its own: when the 副区长 signs,
        # the 区长 must have 审定 it (recorded as his review); when the 区长 signs, his signature is the 审定.
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD,),
        reviewers=(Role.GOVERNMENT_OFFICE, Role.HEAD),
        reviewer_cites=OFFICE_REVIEW_CITE,
        reviewers_in_order=False,  # 审定 before 印发, not before the office's review or the signature
        cite=(XX.article(61, item=4), XX.article(59, paragraph=1)),
        quote="涉及重要事项的专题会议纪要,须经区长审定后印发",
        note="副区长指分管有关工作的副区长；涉及重要事项的专题会议纪要须经区长审定后印发（区长审定记为区长审核；"
        "本规则只规定审定在印发之前）",
        overrides=("topical_minutes",),
        interpretation="topical-minutes-major",
    ),
    # 六十一（四）… 区长主持的专题会议，纪要由区长签发（区长或分管副区长 — the one who presided).
    SigningRule(
        id="topical_minutes_head_presided",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=_GOV_OR_OFFICE,
            meeting=MeetingKind.TOPICAL,
            presided_by=Role.HEAD,
        ),
        signer=Role.HEAD,
        or_signers=(Role.DEPUTY,),
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        cite=(XX.article(61, item=4), XX.article(46), XX.article(59, paragraph=1)),
        quote="区政府专题会议纪要由区长或分管有关工作的副区长签发",
        overrides=("topical_minutes", "topical_minutes_major"),
        interpretation="topical-minutes-signer",
    ),
    # 六十一（五）其他以区政府名义制发的公文,经区政府分管副区长审签后,由区长签发;
    # 五十九 区政府领导同志不直接签批未经区政府办公室审理的公文文稿。
    SigningRule(
        id="other_government_documents",
        when=DocumentIs(issuer=_GOV),
        signer=Role.HEAD,
        reviewers=(Role.GOVERNMENT_OFFICE, Role.DEPUTY),
        reviewer_cites=OFFICE_REVIEW_CITE,
        cite=(XX.article(61, item=5), XX.article(59, paragraph=1)),
        quote="其他以区政府名义制发的公文,经区政府分管副区长审签后,由区长签发",
        note="副区长审核指区政府分管副区长审签",
        interpretation="plenary-briefing-minutes",
    ),
    # 六十一（六）已经区政府全体会议、常务会议、区长办公会议决定的事项和属于例行批准手续的事项,
    #           需以区政府名义行文的,由区长或区长授权副区长、区政府办公室主任签发;
    SigningRule(
        id="decided_or_routine",
        when=DocumentIs(
            issuer=_GOV,
            matters=(Matter.DECIDED_AT_MEETING, Matter.ROUTINE),
            meeting=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE, None),
        ),
        signer=Role.HEAD,
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        alternates=(Alternate(Role.DEPUTY, AlternateBasis.AUTHORIZATION), _BY_HEAD),
        cite=(XX.article(61, item=6), XX.article(59, paragraph=1)),
        quote="由区长或区长授权副区长、区政府办公室主任签发",
        overrides=("other_government_documents", "emergency_by_office_director"),
        interpretation="decided-meetings",
    ),
    # 六十一（六）… 和属于例行批准手续的事项 — a routine approval is (六)'s whatever meeting the record names:
    # a 专题会议 or 碰头会议 on record does not take it out of (六) as it does a decided matter (decided-meetings).
    SigningRule(
        id="routine_approval",
        when=DocumentIs(
            issuer=_GOV,
            matters=Matter.ROUTINE,
            meeting=tuple(
                k for k in MeetingKind if k not in (MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE)
            ),
        ),
        signer=Role.HEAD,
        reviewers=(Role.GOVERNMENT_OFFICE,),
        reviewer_cites=OFFICE_REVIEW_CITE,
        alternates=(Alternate(Role.DEPUTY, AlternateBasis.AUTHORIZATION), _BY_HEAD),
        cite=(XX.article(61, item=6), XX.article(59, paragraph=1)),
        quote="属于例行批准手续的事项,需以区政府名义行文的,由区长或区长授权副区长、区政府办公室主任签发",
        overrides=("other_government_documents", "emergency_by_office_director"),
        interpretation="decided-meetings",
    ),
    # 六十一（七）特殊、紧急情况下,经区长或副区长授权,以区政府名义制发的公文,可由区政府办公室主任签发;
    SigningRule(
        id="emergency_by_office_director",
        when=DocumentIs(issuer=_GOV, matters=Matter.EMERGENCY),
        signer=Role.HEAD,
        # (七) names no 审签 when the 办公室主任 signs; the 区长 signing is (五)'s path, 副区长审签 included, but a
        # rule's reviewers cannot depend on who signed: only the office's review is required (emergency-alternate)
        reviewers=(Role.GOVERNMENT_OFFICE,),
        alternates=(
            Alternate(Role.OFFICE_DIRECTOR, AlternateBasis.AUTHORIZATION, granted_by=(Role.HEAD, Role.DEPUTY)),
        ),
        note="区长签发的，按第六十一条第（五）项经区政府分管副区长审签；区政府办公室主任经授权签发的，"
        "文本未规定审签；副区长审签在此未作检查",
        cite=(XX.article(61, item=7), XX.article(61, item=5), XX.article(59, paragraph=1)),
        reviewer_cites=OFFICE_REVIEW_CITE,  # the office's review is 五十九's (office-review-always)
        quote="特殊、紧急情况下,经区长或副区长授权,以区政府名义制发的公文,可由区政府办公室主任签发",
        overrides=("other_government_documents",),
        interpretation="emergency-alternate",
    ),
    # 六十一（八）以区政府办公室名义制发的公文,由区政府办公室主任签发,
    #           必要时由区政府办公室主任核报区长或副区长审定后发。
    SigningRule(
        id="office_documents",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE),
        signer=Role.OFFICE_DIRECTOR,
        reviewers=(Role.GOVERNMENT_OFFICE,),
        alternates=(
            Alternate(Role.HEAD, AlternateBasis.NECESSITY),
            Alternate(Role.DEPUTY, AlternateBasis.NECESSITY),
        ),
        # the record has no field for the director's 核报 when a leader 审定s (see office-escalation)
        note="必要时由区政府办公室主任核报区长或副区长审定后发（区长、副区长审定的，须经办公室主任核报；核报未作检查）",
        cite=(XX.article(61, item=8), XX.article(59, paragraph=1)),
        reviewer_cites=OFFICE_REVIEW_CITE,  # the office's review is 五十九's (office-review-always)
        quote="以区政府办公室名义制发的公文,由区政府办公室主任签发,必要时由区政府办公室主任核报区长或副区长审定后发",
        interpretation="office-escalation",
    ),
    # 六十二 区政府各部门之间对有关问题未经协商一致,不得各自向下行文。
    Duty(
        id="no_unilateral_downward_documents",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门之间未经协商一致，不得各自向下行文",
        cite=XX.article(62),
        quote="区政府各部门之间对有关问题未经协商一致,不得各自向下行文",
    ),
    # 六十二 未经区政府批准,区政府各部门、各议事协调机构不得直接向镇政府（街道办事处）发布指令性公文…
    Duty(
        id="no_directives_to_townships",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT),
        summary="未经区政府批准，部门和议事协调机构不得向镇政府（街道办事处）发布指令性公文或提出指令性要求",
        cite=XX.article(62),
        quote="未经区政府批准,区政府各部门、各议事协调机构不得直接向镇政府（街道办事处）发布指令性公文",
    ),
    # 六十二 各部门内设机构除办公室外不得对外正式行文,也不得要求镇政府（街道办事处）向本部门报送公文。
    Duty(
        id="internal_units_no_external_documents",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门内设机构除办公室外不得对外正式行文，不得要求镇政府（街道办事处）向本部门报文",
        cite=XX.article(62),
        quote="各部门内设机构除办公室外不得对外正式行文",
    ),
    # 六十二 …按程序报经区政府领导同志审定后,可加"经区政府同意"字样,由区政府授权部门行文。
    Duty(
        id="with_government_consent",
        who=(Role.DEPUTY, Role.DEPARTMENT_HEAD),
        summary="业务性、行业性重要工作等须区政府同意的，报区政府领导同志审定后可加“经区政府同意”，由部门行文",
        cite=XX.article(62),
        quote='按程序报经区政府领导同志审定后,可加"经区政府同意"字样,由区政府授权部门行文',
        interpretation="consent-reviewer",
    ),
    # 六十三 对文稿质量差、无实质性内容的报送文件,区政府办公室要一律退回。
    Duty(
        id="return_poor_drafts",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="文稿质量差、无实质性内容的报送文件，区政府办公室一律退回",
        cite=XX.article(63, paragraph=1),
        quote="对文稿质量差、无实质性内容的报送文件,区政府办公室要一律退回",
    ),
    # 六十三 凡法律法规已作出明确规定的,一律不再制发文件;…没有新内容、新政策的,一律不制发文件。
    Duty(
        id="no_redundant_documents",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="法律法规已有规定、现行文件仍适用、无新内容新政策的，不再发文",
        cite=XX.article(63, paragraph=1),
        quote="凡法律法规已作出明确规定的,一律不再制发文件",
    ),
    # 六十三 区政府各部门原则上只保留一种报送区政府的简报,并按有关程序备案,每期简报控制在2000字以内。
    Duty(
        id="briefing_limits",
        who=(Role.DEPARTMENT_HEAD,),
        summary="各部门原则上只保留一种报区政府的简报并备案，每期不超过2000字",
        cite=XX.article(63, paragraph=2),
        quote="区政府各部门原则上只保留一种报送区政府的简报,并按有关程序备案,每期简报控制在2000字以内",
    ),
    # 六十三 区政府和区政府办公室下发的公文,凡主动公开的,应及时在区政府门户网站上刊载。
    Duty(
        id="proactive_publication",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="区政府和区政府办公室主动公开的公文及时在区政府门户网站刊载（未规定具体时限）",
        cite=XX.article(63, paragraph=3),
        quote="区政府和区政府办公室下发的公文,凡主动公开的,应及时在区政府门户网站上刊载",
        interpretation="publication-timely",
    ),
    # 六十三 坚持定期清理与日常清理相结合,建立文件清理长效机制,及时修订、废止、宣布失效…的文件。
    Duty(
        id="document_cleanup",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="定期与日常清理文件，及时修订、废止、宣布失效不适应的文件；推广电子公文",
        cite=(XX.article(63, paragraph=4), XX.article(63, paragraph=5)),
        quote="坚持定期清理与日常清理相结合,建立文件清理长效机制",
    ),
    # 六十四 区政府印章,须经区长、副区长或区长授权区政府办公室主任同意方可用印。
    SealRule(
        id="government_seal",
        when=DocumentIs(kind=_SEALED_KINDS, issuer=_GOV),
        seal="区政府印章",
        # a 常务副区长, never named on this page, consents as a 副区长 (executive-deputy-is-a-deputy)
        approvers=(Role.HEAD, Role.DEPUTY),
        alternates=(Alternate(Role.OFFICE_DIRECTOR, AlternateBasis.AUTHORIZATION, granted_by=(Role.HEAD,)),),
        cite=XX.article(64, paragraph=1),
        quote="区政府印章,须经区长、副区长或区长授权区政府办公室主任同意方可用印",
        interpretation="seal-by-issuer",
    ),
    # 六十四 区长印章,须经区长或区长授权区政府办公室主任同意方可用印。 — who consents is certain; which documents
    # bear the 区长印章 is not said, so no document is given it (`kind=()`: none): the rule is the one a record that
    # names the 区长印章 is checked against (`signing.seal_rule`), whatever the document (head-seal-by-name).
    SealRule(
        id="head_seal",
        when=DocumentIs(kind=()),
        seal="区长印章",
        approvers=(Role.HEAD,),
        alternates=(_BY_HEAD_SEAL,),
        cite=XX.article(64, paragraph=1),
        quote="区长印章,须经区长或区长授权区政府办公室主任同意方可用印",
        interpretation="head-seal-by-name",
    ),
    # 六十四 区政府办公室印章,须经办公室主任以上领导同意方可用印。
    SealRule(
        id="office_seal",
        when=DocumentIs(kind=_SEALED_KINDS, issuer=Issuer.GOVERNMENT_OFFICE),
        seal="区政府办公室印章",
        # 办公室主任以上领导: the director or any leader above him (not a deputy director)
        approvers=(Role.OFFICE_DIRECTOR, Role.HEAD, Role.DEPUTY),
        cite=XX.article(64, paragraph=1),
        quote="区政府办公室印章,须经办公室主任以上领导同意方可用印",
        interpretation="seal-by-issuer",
    ),
    # 六十四 议事协调机构和临时机构一般不刻制印章。
    Duty(
        id="no_seals_for_coordination_bodies",
        summary="议事协调机构和临时机构一般不刻制印章",
        cite=XX.article(64, paragraph=2),
        quote="议事协调机构和临时机构一般不刻制印章",
    ),
    # 六十六 政务信息报送的主要内容:（一）…（五）
    Duty(
        id="information_report_topics",
        who=(Role.DEPARTMENT_HEAD,),
        summary="政务信息主要报送决策部署落实、重要动态和社情民意、经验做法与问题建议、智库分析预测、外地新举措",
        cite=(
            XX.article(66, item=1),
            XX.article(66, item=2),
            XX.article(66, item=3),
            XX.article(66, item=4),
            XX.article(66, item=5),
        ),
        quote="政务信息报送的主要内容",
    ),
    # 六十九 区政府办公室要加强督促检查,重点内容包括:（一）…（七）
    Duty(
        id="supervision_scope",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="区政府办公室督促检查的重点：上级部署、政府工作报告任务、区委区政府会议和文件、审计整改、领导批示件等",
        cite=tuple(XX.article(69, item=i) for i in range(1, 8)),
        quote="区政府办公室要加强督促检查,重点内容包括",
    ),
    # 七十 中央和省、市、区重点工作,全部纳入政府及部门工作台账,清单化管理、"蓝黄红"标识
    Duty(
        id="work_ledger_colors",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPARTMENT_HEAD),
        summary="重点工作全部纳入政府及部门工作台账，清单化管理，以蓝黄红标识进度（标准未规定）",
        cite=XX.article(70),
        quote='全部纳入政府及部门工作台账,清单化管理、"蓝黄红"标识',
        interpretation="three-slips",
    ),
    # 七十 构建"政府部门周盘点、分管副区长旬推进、区长月调度、督查督办促落实"的工作机制。
    Duty(
        id="review_rhythm",
        who=(Role.DEPARTMENT_HEAD, Role.DEPUTY, Role.HEAD),
        summary="政府部门每周盘点、分管副区长每旬推进、区长每月调度重点工作",
        cite=XX.article(70),
        quote="政府部门周盘点、分管副区长旬推进、区长月调度、督查督办促落实",
        interpretation="supervision-rhythms",
    ),
    # 七十 推行"三单"管理制度,由区长、副区长签发"指令单",…下发"预警单""问责单",形成闭环销号
    Duty(
        id="three_slips",
        who=(Role.HEAD, Role.DEPUTY, Role.GOVERNMENT_OFFICE),
        summary="三单制度：区长、副区长签发指令单；区政府办公室跟踪催办，依办理情况和进度下发预警单、问责单，闭环销号",
        cite=XX.article(70),
        quote='由区长、副区长签发"指令单",指令部门、单位推进落实,区政府办公室负责跟踪催办',
        interpretation="three-slips",
    ),
    # 七十一 区政府办公室牵头制定全年综合性督查检查考核工作计划,原则上不得开展计划以外的督查检查考核活动。
    Duty(
        id="annual_supervision_plan",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="区政府办公室牵头制定全年综合性督查检查考核计划，原则上不开展计划外督查检查考核",
        cite=XX.article(71),
        quote="区政府办公室牵头制定全年综合性督查检查考核工作计划,原则上不得开展计划以外的督查检查考核活动",
    ),
    # 七十一 除区委、区政府统一部署要求外,一般情况下不组织开展区域全覆盖的实地督查。
    Duty(
        id="no_full_coverage_inspection",
        who=(Role.PARTY_COMMITTEE, Role.GOVERNMENT),
        summary="除区委、区政府统一部署外，一般不开展区域全覆盖的实地督查",
        cite=XX.article(71),
        quote="除区委、区政府统一部署要求外,一般情况下不组织开展区域全覆盖的实地督查",
    ),
    # 七十一 未经批准,区直部门、单位不得开展政府督查。
    Duty(
        id="departmental_inspection_needs_approval",
        who=(Role.DEPARTMENT_HEAD,),
        summary="区直部门、单位未经批准不得开展政府督查",
        cite=XX.article(71),
        quote="未经批准,区直部门、单位不得开展政府督查",
    ),
    # 七十二 区政府各部门根据职责分工,对牵头负责的重点工作适时组织督查。以区政府或区政府办公室名义开展的督查活动,
    #        由组织实施部门形成督查建议方案,报区政府办公室审核立项后开展督查。
    Duty(
        id="departmental_inspection",
        who=(Role.DEPARTMENT_HEAD,),
        summary="各部门对牵头负责的重点工作适时组织督查",
        cite=XX.article(72),
        quote="区政府各部门根据职责分工,对牵头负责的重点工作适时组织督查",
    ),
    Duty(
        id="inspection_registration",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="以区政府或区政府办公室名义开展的督查，由组织实施部门拟督查建议方案，报区政府办公室审核立项后开展",
        cite=XX.article(72),
        quote="由组织实施部门形成督查建议方案,报区政府办公室审核立项后开展督查",
    ),
    # 七十二 专项督查以业务部门为主开展,相关责任部门配合,…及时形成督查报告。
    Duty(
        id="special_inspection_report",
        who=(Role.DEPARTMENT_HEAD, Role.CO_DEPARTMENT_HEAD),
        summary="专项督查以业务部门为主、相关部门配合，及时形成督查报告",
        cite=XX.article(72),
        quote="专项督查以业务部门为主开展,相关责任部门配合",
    ),
    # 七十三 …列出清单、挂账整改。完善"立项-交办-承办-反馈-核查-销号"流程
    Duty(
        id="supervision_workflow",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="督查发现的问题列清单、挂账整改；督查事项按立项、交办、承办、反馈、核查、销号流程办理（未规定办结时限）",
        cite=XX.article(73),
        quote='完善"立项-交办-承办-反馈-核查-销号"流程',
    ),
    # 七十四 对工作成效好…予以通报表扬;对工作不力…予以通报批评,视情采取督办、约谈、移交等方式
    Duty(
        id="supervision_outcomes",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="督查结果：成效好的通报表扬，工作不力的通报批评并视情督办、约谈、移交；与年终考核加减分挂钩",
        cite=XX.article(74),
        quote="督查结果与政府部门年终考核成绩挂钩,按照相关规定和权限实施加减分",
    ),
)

#: The roles the text names that take in others (`RoleIncludes`): who may act as a role a rule names.
ROLES: tuple[Rule, ...] = (
    # the surviving page never names a 常务副区长; one is a 副区长 by his title (44: 区长、副区长)
    RoleIncludes(
        id="executive_deputy_is_a_deputy",
        cite=XX.article(44, paragraph=1),
        quote="区长办公会议由区长、副区长组成",
        role=Role.DEPUTY,
        includes=(Role.EXECUTIVE_DEPUTY,),
        interpretation="executive-deputy-is-a-deputy",
    ),
)

#: What the surviving page calls each kind of leave (`Ruleset.leave_kind_names`); it speaks of no trip, 休假 or 学习.
LEAVE_KIND_NAMES = {
    LeaveKind.MEETING_ABSENCE: "不能出席会议",  # 五十 「不能出席区政府全体会议、常务会议…」 (五十三 「不能参加会议」)
    LeaveKind.VISIT_ABROAD: "出国",  # 六十一（三） 「出国审批公文,由区长签发」
}


RULESET = make_ruleset(
    "district_xx",
    government=Government(name="某区人民政府", level=Level.DISTRICT, parent=None),
    effective_from=None,
    rules=(*RULES, *ROLES),
    meeting_names={MeetingKind.HEAD_OFFICE: "区长办公会议"},  # as the text names it (the generic label names all three)
    role_names=ROLE_NAMES,
    non_operative=NON_OPERATIVE,
    leave_kind_names=LEAVE_KIND_NAMES,
    # 六十 「区司法局合法性审查」: the bureau, acting through its head (四十四 「区司法局局长」)
    role_aliases={"区司法局": Role.JUSTICE_BUREAU_HEAD},
)
