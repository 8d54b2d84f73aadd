"""东川区人民政府工作规则, 昆明市东川区人民政府, issued 2024-11-07, in force the same day.

Issued with 《昆明市东川区人民政府关于印发东川区人民政府工作规则的通知》 (its 文号 is not given on the
page), dated "2024117日" in the scrape (2024年11月7日) and published on www.kmdc.gov.cn on 2024-11-08.
It replaces 东政发〔2020〕21号, which govrules does not hold. Source: ../shared/sources/003_30664cfecf32f1a7.txt;
the cleaned article texts beside this module are what the rules cite. The scrape lost many commas and
brackets; where a lost character changes a reading, docs/interpretations/dongchuan_2024.md says which
reading is encoded and why.
"""

from __future__ import annotations

from datetime import date

from govrules.model import Addressee, DocumentKind, Government, Issuer, LeaveKind, Level, Matter, MeetingKind, Role
from govrules.periods import AFTER, BEFORE, DAY, WORKDAY, Period
from govrules.rules import (
    AgendaRequirement,
    AgendaRule,
    Alternate,
    AlternateBasis,
    ApprovalRule,
    DeadlineRule,
    DocumentIs,
    Duty,
    LeaveIs,
    LeaveRule,
    MeetingRule,
    Rhythm,
    RhythmRule,
    RoleIncludes,
    Rule,
    SigningRule,
)
from govrules.rulesets._base import citations_for, make_ruleset

__all__ = ["NON_OPERATIVE", "ROLE_NAMES", "RULES", "RULESET"]

DC = citations_for("dongchuan_2024")

ROLE_NAMES = {
    Role.HEAD: "区长",
    Role.EXECUTIVE_DEPUTY: "负责常务工作的副区长",
    Role.DEPUTY: "副区长",
    Role.OFFICE_DIRECTOR: "区政府办公室主任",
    Role.OFFICE_DEPUTY_DIRECTOR: "区政府办公室副主任",
    Role.DEPARTMENT_HEAD: "区人民政府工作部门主要负责人",
    Role.DEPARTMENT_DEPUTY_HEAD: "部门副职领导",
    Role.TOWNSHIP_HEAD: "乡镇（街道）主要负责人",
    Role.TOWNSHIP_PARTY_SECRETARY: "乡镇（街道）党委主要负责同志",
    Role.UNIT_HEAD: "有关单位负责人",
    Role.REPORTING_UNIT_HEAD: "议题汇报部门负责人",
    Role.PARTY_SECRETARY: "区委书记",
    Role.PARTY_COMMITTEE: "区委",
    Role.HIGHER_PARTY_COMMITTEE: "市委",
    Role.HIGHER_GOVERNMENT: "市人民政府",
    Role.GOVERNMENT: "区人民政府",
    Role.GOVERNMENT_OFFICE: "区政府办公室",
    Role.PEOPLES_CONGRESS: "区人大及其常委会",
    Role.CPPCC: "区政协",
    Role.FOREIGN_AFFAIRS_OFFICE: "区委外办",
    Role.FOREIGN_AFFAIRS_DEPUTY: "分管外事工作的副区长",
    Role.POLICY_RESEARCH_HEAD: "区委政研室负责人",
    Role.AUDIT_BUREAU_HEAD: "区审计局局长",
    Role.FINANCE_BUREAU_HEAD: "区财政局负责人",
    Role.DEVELOPMENT_REFORM_HEAD: "区发展改革局负责人",
    Role.JUSTICE_BUREAU_HEAD: "区司法局负责人",
    Role.COORDINATION_OFFICE_HEAD: "议事协调机构下设办公室（综合协调部门）负责人",
    Role.MEETING_CHAIR: "会议主持人",
}

#: 区人民政府领导: 区长、副区长 (the 区政府办公室主任 is not one: art 24 has 区人民政府领导 delegate to him).
LEADERS = (Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY)
#: 离开东川出访、出差、休假、学习 (art 44): 出访 is one way of leaving; art 45's approval of a visit abroad
#: applies in addition.
AWAY_AT_HOME_OR_IN_CHINA = (LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.VACATION, LeaveKind.STUDY)
#: 第四十四条 「外出」 of department and township heads (interpretation going-out-not-vacation, round 5): a trip, a
#: study trip or a visit abroad leaves; a 休假 need not, so it is not certain that 外出 covers it.
GOING_OUT = (LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY)
#: 重大事项 (24, 31, 33): a 三重一大 matter (重大决策、重要人事任免、重大项目安排、大额度资金运作) is one by its name
#: (interpretation funds-is-major, revised round 4).
MAJOR_MATTERS = (Matter.MAJOR, Matter.THREE_MAJORS_ONE_LARGE)
#: Minutes of the government's meetings are issued in its name or its office's.
MINUTES_ISSUERS = (Issuer.GOVERNMENT, Issuer.GOVERNMENT_OFFICE)
#: 三十三 signing rules that minutes (二十二, 二十四) set aside: the minutes rules are the more specific.
ARTICLE_33_GENERAL = ("normative_by_head", "government_major_by_head", "to_city_government_by_head",
                      "office_important_by_deputy", "office_normative_by_deputy")  # fmt: skip
#: 区长外出期间,受区长委托,由负责常务工作的副区长主持区人民政府工作 (五②): signs for the 区长 on his commission
#: (委托) on record; whether the 区长 was away that day is not on a signature's record and is not checked
#: (`ACTING_HEAD_NOTE`, interpretation acting-head-signs).
ACTING_HEAD = (Alternate(Role.EXECUTIVE_DEPUTY, AlternateBasis.AUTHORIZATION, terms="区长外出期间，受区长委托"),)
#: 第五条第二款, cited beside the article of every rule where the 区长 signs (the alternate's own article).
ACTING_HEAD_CITE = DC.article(5, paragraph=2)
ACTING_HEAD_NOTE = (
    "负责常务工作的副区长代为签发，限于区长外出期间并受区长委托（第五条第二款）；"
    "以记录在案、覆盖签发之日的区长委托为准，区长当日是否外出本规则未核查"
)
#: 第十九条 names only the 区长 as chair of the 全体会议; 第五条第二款 may or may not cover chairing it while he is away
#: (general.md acting-chair-of-meetings): said in every explanation of a 全体会议.
PLENARY_ACTING_CHAIR_NOTE = (
    "区长外出期间负责常务工作的副区长可否依第五条第二款主持全体会议，文本未明（第十九条未如第二十条规定委托），"
    "本规则不作违规认定，区长是否外出及其委托未核查；区长出席时由区长主持"
)
#: 区人民政府工作部门主要负责人 (四 主任、局长; 十九 局长; 四十四 各工作部门主要负责同志): the bureau principals the
#: vocabulary names are department principals too, wherever the text speaks of 部门主要负责人 or 各部门.
DEPARTMENT_PRINCIPALS = (
    Role.DEPARTMENT_HEAD,
    Role.AUDIT_BUREAU_HEAD,
    Role.FINANCE_BUREAU_HEAD,
    Role.JUSTICE_BUREAU_HEAD,
    Role.DEVELOPMENT_REFORM_HEAD,
)
#: The named bureau principals beside `Role.DEPARTMENT_HEAD`, which stands for the class where attendance is
#: required: each may attend where a department principal may, none is required by name.
NAMED_BUREAU_HEADS = DEPARTMENT_PRINCIPALS[1:]
#: 各乡镇（街道）、各部门报送区人民政府审批的公文 (三十一): what the 区人民政府 receives for approval.
SUBMITTERS = (Issuer.DEPARTMENT, Issuer.TOWNSHIP)
TO_GOVERNMENT = (Addressee.GOVERNMENT, None)

NON_OPERATIVE = {
    1: "制定依据",
    2: "指导思想",
    3: "政治要求",
    6: "政府职能与工作总基调",
    9: "坚持人民至上（原则性要求）",
    10: "坚持依法行政（原则性要求）",
    12: "坚持守正创新（原则性要求）",
    13: "坚持清正廉洁（原则性要求）",
    16: "接受社会监督、政务公开（倡导性要求，无时限）",
    17: "接受群众监督（倡导性要求，“定期”无周期）",
    37: "抓落实（倡导性要求）",
    38: "部门抓落实（倡导性要求）",
    40: "全面从严治党、廉洁从政",
    41: "调查研究（倡导性要求）",
    46: "作风建设、激励约束",
}

RULES: tuple[Rule, ...] = (
    # 第四条 区人民政府由区长、副区长和区人民政府工作部门的主任、局长组成。
    Duty(
        id="government_composition",
        cite=DC.article(4),
        quote="区人民政府由区长、副区长和区人民政府工作部门的主任、局长组成",
        who=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.DEPARTMENT_HEAD),
        summary="区人民政府由区长、副区长和各工作部门主任、局长组成",
        interpretation="office-director-membership",
    ),
    # 第五条 区人民政府实行区长负责制,区长领导区人民政府的全面工作。
    Duty(
        id="head_responsibility",
        cite=DC.article(5, paragraph=1),
        quote="区人民政府实行区长负责制,区长领导区人民政府的全面工作",
        who=(Role.HEAD,),
        summary="区长负责制：区长领导区人民政府全面工作",
    ),
    # 第五条 副区长按照分工负责处理分管工作;受区长委托,负责其他方面的工作或专项任务。
    Duty(
        id="deputies_portfolios",
        cite=DC.article(5, paragraph=1),
        quote="副区长按照分工负责处理分管工作;受区长委托,负责其他方面的工作或专项任务",
        who=(Role.EXECUTIVE_DEPUTY, Role.DEPUTY),
        summary="副区长协助区长工作，按分工处理分管工作，受委托负责其他工作或专项任务，实行“一岗双责”",
    ),
    # 第五条 区政府办公室主任在区长的领导下,协助处理区人民政府日常事务工作……
    Duty(
        id="office_director_daily_affairs",
        cite=DC.article(5, paragraph=1),
        quote="区政府办公室主任在区长的领导下,协助处理区人民政府日常事务工作",
        who=(Role.OFFICE_DIRECTOR,),
        summary="区政府办公室主任协助区长处理日常事务，协调落实区政府决定事项和区长交办事项",
    ),
    # 第五条 区长外出期间,受区长委托,由负责常务工作的副区长主持区人民政府工作。
    Duty(
        id="acting_head_by_delegation",
        cite=DC.article(5, paragraph=2),
        quote="区长外出期间,受区长委托,由负责常务工作的副区长主持区人民政府工作",
        who=(Role.EXECUTIVE_DEPUTY,),
        summary="区长外出期间，受区长委托，由负责常务工作的副区长主持区人民政府工作",
        interpretation="acting-head-signs",
    ),
    LeaveRule(
        id="head_away_acting_deputy",
        cite=DC.article(5, paragraph=2),
        quote="区长外出期间,受区长委托,由负责常务工作的副区长主持区人民政府工作",
        when=LeaveIs(role=Role.HEAD, kind=AWAY_AT_HOME_OR_IN_CHINA),
        substitute_required=True,
        interpretation="acting-head-signs",
    ),
    # 第五条 互为AB角的副区长一位离开东川区由另一位代行政务活动职责。
    Duty(
        id="ab_substitute",
        cite=DC.article(5, paragraph=3),
        quote="互为AB角的副区长一位离开东川区由另一位代行政务活动职责",
        who=(Role.DEPUTY,),
        summary="副区长实行AB角互补：一位离开东川区时由另一位代行政务活动职责（不含签发）",
        interpretation="ab-pair-no-signing",
    ),
    # 第七条 区人民政府工作部门实行主任、局长负责制由其领导本部门的工作。
    Duty(
        id="department_head_responsibility",
        cite=DC.article(7, paragraph=1),
        quote="区人民政府工作部门实行主任、局长负责制由其领导本部门的工作",
        who=(Role.DEPARTMENT_HEAD,),
        summary="工作部门实行主任、局长负责制",
    ),
    # 第八条 健全和落实请示报告制度重大决策、重大事项、重要情况及时向区委请示报告。
    Duty(
        id="report_major_to_party_committee",
        cite=(DC.article(8), DC.article(42, paragraph=1)),
        quote="重大决策、重大事项、重要情况及时向区委请示报告",
        who=(Role.GOVERNMENT,),
        summary="重大决策、重大事项、重要情况及时向区委请示报告（“及时”无具体时限）",
    ),
    # 第十一条 全面落实重大决策程序制度加强调查研究、科学论证、风险评估、合法性审查……
    Duty(
        id="major_decision_procedure",
        cite=DC.article(11),
        quote="全面落实重大决策程序制度加强调查研究、科学论证、风险评估、合法性审查广泛听取各方面的意见和建议",
        who=(Role.GOVERNMENT,),
        summary="重大决策须经调查研究、科学论证、风险评估、合法性审查并广泛听取意见",
    ),
    # 第十一条 ……采取论证会、听证会或者其他方式听取专家和社会公众意见。
    Duty(
        id="public_hearing_on_major_plans",
        cite=DC.article(11),
        quote="采取论证会、听证会或者其他方式听取专家和社会公众意见",
        who=(Role.GOVERNMENT,),
        summary="涉及公众切身利益的重要规划、重大政策和重大公共建设项目须听取专家和社会公众意见；建立决策后评估",
    ),
    # 第十四条 ……认真负责地报告工作接受询问和质询依法备案区人民政府行政规范性文件
    Duty(
        id="normative_filed_with_congress",
        cite=DC.article(14, paragraph=1),
        quote="依法备案区人民政府行政规范性文件",
        who=(Role.GOVERNMENT,),
        summary="接受区人大及其常委会监督，报告工作、接受询问和质询，行政规范性文件报区人大常委会备案（无时限）",
    ),
    # 第十四条 区人民政府各工作部门要依法认真办理人大代表建议和政协委员提案……
    Duty(
        id="proposals_handling",
        cite=DC.article(14, paragraph=2),
        quote="区人民政府各工作部门要依法认真办理人大代表建议和政协委员提案,严格落实办理责任和时限,主动公开办理结果",
        who=(Role.DEPARTMENT_HEAD,),
        summary="各工作部门办理人大代表建议和政协委员提案并公开办理结果（本规则未定时限）",
    ),
    # 第十五条 对监督中发现的问题要认真整改并向区人民政府报告。
    Duty(
        id="rectify_supervision_findings",
        cite=DC.article(15),
        quote="对监督中发现的问题要认真整改并向区人民政府报告",
        who=(Role.DEPARTMENT_HEAD,),
        summary="监察、司法、审计、统计等监督中发现的问题须整改并向区人民政府报告",
    ),
    # 第十八条 区人民政府实行……全体会议、……常务会议、区长办公会议和……专题会议等会议制度。
    Duty(
        id="meeting_system",
        cite=DC.article(18),
        quote="区人民政府实行区人民政府全体会议、区人民政府常务会议、区长办公会议和区人民政府专题会议等会议制度",
        who=(Role.GOVERNMENT,),
        summary="会议制度：全体会议、常务会议、区长办公会议、专题会议等",
    ),
    # 第十八条 区人民政府工作中的重大问题须经区人民政府全体会议或者区人民政府常务会议讨论决定。
    Duty(
        id="major_issues_at_plenary_or_executive",
        cite=DC.article(18),
        quote="区人民政府工作中的重大问题须经区人民政府全体会议或者区人民政府常务会议讨论决定",
        who=(Role.HEAD,),
        summary="重大问题须经全体会议或常务会议讨论决定，区长办公会议、专题会议不得决定",
    ),
    # 第十九条 区人民政府全体会议由区长、副区长、区政府办公室主任区人民政府工作部门局长组成由区长召集和主持。
    # ……根据需要可安排其他有关部门、单位负责人列席会议。
    # 第五条第二款 区长外出期间,受区长委托,由负责常务工作的副区长主持区人民政府工作 — may include chairing this
    # meeting (as kongtong-2016 reads its 第九条); whether it does, the text leaves open
    # (general.md acting-chair-of-meetings).
    MeetingRule(
        id="plenary_composition",
        cite=(DC.article(19), ACTING_HEAD_CITE),
        quote="区人民政府全体会议由区长、副区长、区政府办公室主任区人民政府工作部门局长组成由区长召集和主持",
        meeting=MeetingKind.PLENARY,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.OFFICE_DIRECTOR, Role.DEPARTMENT_HEAD),
        optional_members=NAMED_BUREAU_HEADS,
        optional_non_voting=(Role.UNIT_HEAD, Role.TOWNSHIP_HEAD),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        presider_alternates=(
            Alternate(Role.EXECUTIVE_DEPUTY, AlternateBasis.ABSENCE, terms="区长外出期间，受区长委托"),
        ),
        note=PLENARY_ACTING_CHAIR_NOTE,
        interpretation="plenary-department-heads",
        organisers=(Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 第十九条（一）讨论提请区人民代表大会审议的政府工作报告等重要报告草案;讨论、决定国民经济和社会发展规划等重大事项;
    # （二）部署区人民政府的重要工作。
    Duty(
        id="plenary_tasks",
        cite=(DC.article(19, item=1), DC.article(19, item=2)),
        quote="讨论、决定国民经济和社会发展规划等重大事项",
        who=(Role.HEAD,),
        summary="全体会议讨论政府工作报告等重要报告草案，讨论决定国民经济和社会发展规划等重大事项，部署重要工作",
    ),
    # 第二十条 区人民政府常务会议由区长、副区长、区政府办公室主任组成由区长召集和主持。
    # 区长外出期间可委托常务副区长召集和主持。……区政府办公室副主任、区委政研室、区财政局、区发展改革局、区司法局等
    # 有关负责人列席会议。根据需要可安排有关乡镇（街道）和有关部门、单位负责同志列席会议。
    MeetingRule(
        id="executive_composition",
        cite=DC.article(20),
        quote="区人民政府常务会议由区长、副区长、区政府办公室主任组成由区长召集和主持",
        meeting=MeetingKind.EXECUTIVE,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.OFFICE_DIRECTOR),
        non_voting=(
            Role.OFFICE_DEPUTY_DIRECTOR,
            Role.POLICY_RESEARCH_HEAD,
            Role.FINANCE_BUREAU_HEAD,
            Role.DEVELOPMENT_REFORM_HEAD,
            Role.JUSTICE_BUREAU_HEAD,
        ),
        optional_non_voting=(Role.TOWNSHIP_HEAD, Role.DEPARTMENT_HEAD, Role.AUDIT_BUREAU_HEAD, Role.UNIT_HEAD),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        # 区长外出期间可委托常务副区长召集和主持: only while the 区长 is away, not while he attends.
        presider_alternates=(
            Alternate(Role.EXECUTIVE_DEPUTY, AlternateBasis.ABSENCE, terms="区长外出期间，受区长委托"),
        ),
        interpretation="executive-delegated-chair",
        organisers=(Role.OFFICE_CLERK,),
    ),
    # 第二十条（一）传达学习……（二）讨论需提请区委审议、决定的重要事项;
    Duty(
        id="executive_tasks",
        cite=(DC.article(20, item=1), DC.article(20, item=2)),
        quote="讨论需提请区委审议、决定的重要事项",
        who=(Role.HEAD,),
        summary="常务会议传达学习上级精神、贯彻上级决策部署，讨论需提请区委审议、决定的重要事项",
    ),
    # 第二十条（三）审议区人民政府行政规范性文件、重大行政决策事项;
    Duty(
        id="normative_and_major_at_executive",
        cite=DC.article(20, item=3),
        quote="审议区人民政府行政规范性文件、重大行政决策事项",
        who=(Role.HEAD,),
        summary="区人民政府行政规范性文件和重大行政决策事项须经常务会议审议",
    ),
    # 第二十条（四）审议需提请区人民政府常务会议审议的“三重一大”事项。
    Duty(
        id="three_majors_at_executive",
        cite=DC.article(20, item=4),
        quote="审议需提请区人民政府常务会议审议的“三重一大”事项",
        who=(Role.HEAD,),
        summary="“三重一大”事项由常务会议审议",
    ),
    # 第二十条 区人民政府常务会议一般每月召开2如有需要可随时召开。
    RhythmRule(
        id="executive_rhythm",
        cite=DC.article(20, paragraph=2),
        quote="区人民政府常务会议一般每月召开2如有需要可随时召开",
        meeting=MeetingKind.EXECUTIVE,
        rhythm=Rhythm(2, "MONTH"),
        interpretation="executive-twice-monthly",
    ),
    # 第二十一条 提请……讨论的议题由区长或区人民政府分管领导提出经区人民政府分管领导研究、协调和审核后
    # 由区政府办公室按程序报区长确定
    Duty(
        id="agenda_setting",
        cite=DC.article(21, paragraph=1),
        quote="讨论的议题由区长或区人民政府分管领导提出经区人民政府分管领导研究、协调和审核后由区政府办公室按程序报区长确定",
        who=(Role.HEAD, Role.DEPUTY, Role.GOVERNMENT_OFFICE),
        summary="全体会议、常务会议议题由区长或分管领导提出，分管领导审核后由区政府办公室报区长确定",
    ),
    # 第二十一条 会议文件原则上须于会前至少2日报区长审定。
    DeadlineRule(
        id="agenda_materials",
        cite=DC.article(21, paragraph=1),
        quote="会议文件原则上须于会前至少2日报区长审定",
        period=Period(2, DAY, BEFORE),
        anchor="全体会议、常务会议召开",
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE),
        action="会议文件报区长审定（会前至少2日）",
        interpretation="agenda-materials-calendar-days",
    ),
    AgendaRule(
        id="materials_to_head_in_time",
        cite=DC.article(21, paragraph=1),
        quote="会议文件原则上须于会前至少2日报区长审定",
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE),
        requirement=AgendaRequirement.MATERIALS_IN_TIME,
        lead_time=Period(2, DAY, BEFORE),
        drops_item=False,
        interpretation="agenda-materials-calendar-days",
    ),
    # 第二十一条 会议的组织工作由区政府办公室负责议题和文件于会前送达与会人员。 — 会前 with no amount: papers
    # that reach the office after the meeting day cannot have reached the members before it.
    AgendaRule(
        id="papers_delivered_before_meeting",
        cite=DC.article(21, paragraph=1),
        quote="会议的组织工作由区政府办公室负责议题和文件于会前送达与会人员",
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE),
        requirement=AgendaRequirement.MATERIALS_IN_TIME,
        in_advance=True,
        interpretation="papers-before-meeting",
    ),
    # 第二十一条 ……文件由议题汇报部门牵头会同有关部门起草区政府办公室审核把关。
    Duty(
        id="meeting_papers_drafting",
        cite=DC.article(21, paragraph=2),
        quote="文件由议题汇报部门牵头会同有关部门起草区政府办公室审核把关",
        who=(Role.REPORTING_UNIT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="会议文件由议题汇报部门牵头起草，区政府办公室审核把关",
    ),
    # 第二十一条 凡属区人民政府分管领导或区人民政府各部门职责权限范围内决定的事项原则上不提请区人民政府常务会议审议。
    Duty(
        id="portfolio_matters_not_to_executive",
        cite=DC.article(21, paragraph=2),
        quote="凡属区人民政府分管领导或区人民政府各部门职责权限范围内决定的事项原则上不提请区人民政府常务会议审议",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="分管领导或部门职权范围内可决定的事项原则上不提请常务会议审议",
    ),
    # 第二十一条 ……经与有关部门协调未达成一致意见的主办部门需书面说明协调情况列明分歧意见及各方理由提出倾向性意见
    # 报请区人民政府分管领导协调并达成一致意见后报区长确定。事先未经征求意见、协调的议题区政府办公室原则上不予安排上会。
    Duty(
        id="disputed_or_unconsulted_items",
        cite=DC.article(21, paragraph=3),
        quote="事先未经征求意见、协调的议题区政府办公室原则上不予安排上会",
        who=(Role.DEPUTY, Role.GOVERNMENT_OFFICE),
        summary="有分歧的议题须书面说明并经分管领导协调一致后报区长确定；未经征求意见、协调的议题原则上不上会",
    ),
    # 第二十一条 区人民政府分管领导不能出席……的其提请会议讨论的议题原则上不安排当次会议研究确需上会研究的
    # 须向会议提交区人民政府分管领导书面意见
    AgendaRule(
        id="deputy_present_or_opinion",
        cite=DC.article(21, paragraph=4),
        quote="区人民政府分管领导不能出席区人民政府全体会议和区人民政府常务会议的其提请会议讨论的议题原则上不安排当次会议研究确需上会研究的须向会议提交区人民政府分管领导书面意见",
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE),
        requirement=AgendaRequirement.DEPUTY_PRESENT_OR_OPINION,
        interpretation="agenda-absence-in-principle",
    ),
    # 第二十一条 区人民政府各工作部门主要负责人不能参会的其所在部门上报议题原则上不提请当次会议研究。
    AgendaRule(
        id="reporting_head_present",
        cite=DC.article(21, paragraph=4),
        quote="区人民政府各工作部门主要负责人不能参会的其所在部门上报议题原则上不提请当次会议研究",
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE),
        requirement=AgendaRequirement.REPORTING_HEAD_PRESENT,
        interpretation="agenda-absence-in-principle",
    ),
    # 第二十二条 区人民政府全体会议和区人民政府常务会议的纪要由区政府办公室起草按程序报区长签发。
    SigningRule(
        id="plenary_executive_minutes_by_head",
        cite=(DC.article(22, paragraph=1), ACTING_HEAD_CITE),
        quote="区人民政府全体会议和区人民政府常务会议的纪要由区政府办公室起草按程序报区长签发",
        when=DocumentIs(
            kind=DocumentKind.MINUTES, issuer=MINUTES_ISSUERS, meeting=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE)
        ),
        signer=Role.HEAD,
        alternates=ACTING_HEAD,
        note=ACTING_HEAD_NOTE,
        circle_means_consent=True,
        overrides=ARTICLE_33_GENERAL,
        interpretation="minutes-over-33",
    ),
    # 第二十二条 ……审议通过决定印发的文件原则上须在会议结束后5个工作日内印发。
    DeadlineRule(
        id="post_meeting_issue",
        cite=DC.article(22, paragraph=2),
        quote="区人民政府全体会议和区人民政府常务会议审议通过决定印发的文件原则上须在会议结束后5个工作日内印发",
        period=Period(5, WORKDAY, AFTER),
        anchor="全体会议、常务会议结束",
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE),
        action="会议审议通过决定印发的文件印发",
        interpretation="meeting-periods-by-kind",
    ),
    # 第二十二条 ……讨论决定的事 除依法需要保密的外应当及时公布。
    Duty(
        id="publish_meeting_decisions",
        cite=DC.article(22, paragraph=3),
        quote="讨论决定的事 除依法需要保密的外应当及时公布",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="全体会议、常务会议讨论决定的事项除依法需要保密的外及时公布（“及时”无具体时限）",
    ),
    # 第二十三条 遇有特别紧急情况不能召开区人民政府常务会议的可采取会签方式先行作出安排。……按程序报区政府办公室
    # 分管领导和区政府办公室主任审批统一登记编号后启动会签程序。由区政府办公室收集区人民政府班子成员书面意见后
    # 报区长审核并对决策事项作出决定。
    Duty(
        id="emergency_countersign",
        cite=DC.article(23),
        quote="遇有特别紧急情况不能召开区人民政府常务会议的可采取会签方式先行作出安排",
        who=(Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_DIRECTOR, Role.GOVERNMENT_OFFICE, Role.HEAD),
        summary="特别紧急且不能召开常务会议时，经前置审核和办公室分管领导、主任审批后，收集班子成员书面意见，由区长作出决定",
        interpretation="emergency-countersign",
    ),
    # 第二十三条 会签事项通过后须经区人民政府常务会议审议以会议审议结果作为最终决策依据。
    Duty(
        id="emergency_countersign_ratified",
        cite=DC.article(23),
        quote="会签事项通过后须经区人民政府常务会议审议以会议审议结果作为最终决策依据",
        who=(Role.HEAD,),
        summary="会签通过的事项须再经常务会议审议，以会议审议结果为最终决策依据（无时限）",
    ),
    # 第二十四条 区人民政府根据需要召开区长办公会议和区人民政府专题会议。会议组织工作由区政府办公室负责。
    # 区长主持召开区长办公会议……议题由区长确定与议题关的区人民政府领导有关部门和单位负责人参加。
    MeetingRule(
        id="head_office_composition",
        cite=DC.article(24, paragraph=2),
        quote="议题由区长确定与议题关的区人民政府领导有关部门和单位负责人参加",
        meeting=MeetingKind.HEAD_OFFICE,
        members=(Role.HEAD,),
        optional_non_voting=(
            Role.EXECUTIVE_DEPUTY,
            Role.DEPUTY,
            *DEPARTMENT_PRINCIPALS,
            Role.UNIT_HEAD,
            Role.TOWNSHIP_HEAD,
        ),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        interpretation="attendees-by-item",
        organisers=(Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 第二十四条 区长办公会议纪要由区长签发。
    SigningRule(
        id="head_office_minutes_by_head",
        cite=(DC.article(24, paragraph=2), ACTING_HEAD_CITE),
        quote="区长办公会议纪要由区长签发",
        when=DocumentIs(kind=DocumentKind.MINUTES, issuer=MINUTES_ISSUERS, meeting=MeetingKind.HEAD_OFFICE),
        signer=Role.HEAD,
        alternates=ACTING_HEAD,
        note=ACTING_HEAD_NOTE,
        circle_means_consent=True,
        overrides=ARTICLE_33_GENERAL,
        interpretation="minutes-over-33",
    ),
    # 第二十四条 区人民政府专题会议由区人民政府领导召集和主持……与议题有关的部门和单位负责人参加。
    # 根据需要区人民政府领导可委托区政府办公室主任或区政府办公室副主任召开区人民政府专题会议……
    MeetingRule(
        id="topical_composition",
        cite=DC.article(24, paragraph=3),
        quote="区人民政府专题会议由区人民政府领导召集和主持",
        meeting=MeetingKind.TOPICAL,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        optional_non_voting=(*DEPARTMENT_PRINCIPALS, Role.UNIT_HEAD, Role.TOWNSHIP_HEAD),
        presiders=(*LEADERS, Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR),
        interpretation="topical-presiders",
        organisers=(Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 第二十四条 区人民政府专题会议纪要由主持召开会议的区人民政府领导签发
    SigningRule(
        id="topical_minutes_by_chair",
        cite=DC.article(24, paragraph=3),
        quote="区人民政府专题会议纪要由主持召开会议的区人民政府领导签发",
        when=DocumentIs(kind=DocumentKind.MINUTES, issuer=MINUTES_ISSUERS, meeting=MeetingKind.TOPICAL),
        signer=Role.MEETING_CHAIR,
        circle_means_consent=True,
        overrides=ARTICLE_33_GENERAL,
        interpretation="minutes-over-33",
    ),
    # 第二十四条 区人民政府专题会议纪要由主持召开会议的区人民政府领导签发涉及重大事项报区长审定。 — the chair
    # signs and the 区长 approves, in an order the text leaves open: either signature, with the other's act.
    SigningRule(
        id="topical_major_minutes_by_head",
        cite=(DC.article(24, paragraph=3), ACTING_HEAD_CITE),
        quote="区人民政府专题会议纪要由主持召开会议的区人民政府领导签发涉及重大事项报区长审定",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=MINUTES_ISSUERS,
            meeting=MeetingKind.TOPICAL,
            presided_by=(*LEADERS, None),
            matters=MAJOR_MATTERS,
        ),
        signer=Role.MEETING_CHAIR,
        or_signers=(Role.HEAD,),
        reviewers=(Role.HEAD,),
        # 由主持召开会议的区人民政府领导签发: the chair acts whoever signs; if the 区长 signs, the chair reviews first.
        reviews_unless_signing=(Role.MEETING_CHAIR,),
        alternates=ACTING_HEAD,
        circle_means_consent=True,
        overrides=("topical_minutes_by_chair",),
        interpretation="topical-major-head-final",
        note="由主持召开会议的区人民政府领导签发，涉及重大事项报区长审定；区长审定在主持人签发之前或之后，文本未定："
        "主持人签发并经区长审定，或主持人审核后由区长签发，均符合规定；" + ACTING_HEAD_NOTE,
    ),
    # 第二十四条 根据需要区人民政府领导可委托区政府办公室主任或区政府办公室副主任召开区人民政府专题会议
    # 并形成协调意见报委托的区人民政府领导审定。
    SigningRule(
        id="delegated_topical_by_delegating_leader",
        cite=DC.article(24, paragraph=3),
        quote="并形成协调意见报委托的区人民政府领导审定",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=MINUTES_ISSUERS,
            meeting=MeetingKind.TOPICAL,
            presided_by=(Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR),
        ),
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD, Role.EXECUTIVE_DEPUTY),
        reviewers=(Role.MEETING_CHAIR,),
        circle_means_consent=True,
        overrides=("topical_minutes_by_chair",),
        interpretation="delegated-topical-signer",
        note="形成协调意见报委托的区人民政府领导审定：记录未载明由哪位区人民政府领导委托，副区长、区长、负责常务工作的副区长均可",
    ),
    # 第二十四条 （委托召开的专题会议）形成协调意见报委托的区人民政府领导审定 + 涉及重大事项报区长审定
    SigningRule(
        id="delegated_topical_major_by_head",
        cite=(DC.article(24, paragraph=3), ACTING_HEAD_CITE),
        quote="涉及重大事项报区长审定",
        when=DocumentIs(
            kind=DocumentKind.MINUTES,
            issuer=MINUTES_ISSUERS,
            meeting=MeetingKind.TOPICAL,
            presided_by=(Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR),
            matters=MAJOR_MATTERS,
        ),
        signer=Role.HEAD,
        # the delegating leader's 审定 is not a step on record: the 区长 may be the one who delegated
        reviewers=(Role.MEETING_CHAIR,),
        alternates=ACTING_HEAD,
        note="形成协调意见报委托的区人民政府领导审定，涉及重大事项报区长审定；记录未载明委托人，委托的区人民政府领导是否审定本规则未核查；"
        + ACTING_HEAD_NOTE,
        circle_means_consent=True,
        overrides=("delegated_topical_by_delegating_leader",),
        interpretation="delegated-topical-signer",
    ),
    # 第二十四条 区人民政府专题会议不得对“三重一大”事项作出决策。
    AgendaRule(
        id="topical_not_three_majors",
        cite=DC.article(24, paragraph=3),
        quote="区人民政府专题会议不得对“三重一大”事项作出决策",
        meetings=(MeetingKind.TOPICAL,),
        requirement=AgendaRequirement.NOT_THREE_MAJORS,
    ),
    # 第二十五条 区人民政府领导和有关部门负责同志应按要求参加区人民政府有关会议原则上不应请假。
    # ……参会人员不得擅自缺席或更换所发表意见应代表本部门意见。
    Duty(
        id="attendance_required",
        cite=DC.article(25),
        quote="参会人员不得擅自缺席或更换所发表意见应代表本部门意见",
        who=(*LEADERS, Role.DEPARTMENT_HEAD),
        summary="区政府领导和有关部门负责同志原则上不应请假；不得擅自缺席或更换参会人员，发言代表本部门意见",
    ),
    # 第二十五条 如有特殊情况不能参加的履行请假手续由区政府办公室报会议主持人审批。
    LeaveRule(
        id="meeting_absence_by_chair",
        cite=DC.article(25),
        quote="如有特殊情况不能参加的履行请假手续由区政府办公室报会议主持人审批",
        # 「区人民政府领导和有关部门负责同志」: the leaders, and those in charge of a department (the 区政府办公室
        # among them); not the townships, units or 区委政研室 that may sit in (interpretation meeting-absence-who)
        when=LeaveIs(
            role=(
                *LEADERS,
                Role.OFFICE_DIRECTOR,
                Role.OFFICE_DEPUTY_DIRECTOR,
                *DEPARTMENT_PRINCIPALS,
                Role.DEPARTMENT_DEPUTY_HEAD,
                Role.ACTING_DEPARTMENT_HEAD,
            ),
            kind=LeaveKind.MEETING_ABSENCE,
        ),
        approvers=(Role.MEETING_CHAIR,),
        in_advance=True,
        interpretation="meeting-absence-who",
    ),
    # 第二十六条 区人民政府及各部门召开的工作会议按照有关规定严格审批。……区人民政府领导一般不出席各部门的工作会议
    # 兼任部门负责同志的参加本部门会议除外。
    Duty(
        id="work_conferences_approved",
        cite=DC.article(26, paragraph=1),
        quote="区人民政府领导一般不出席各部门的工作会议兼任部门负责同志的参加本部门会议除外",
        who=LEADERS,
        summary="工作会议按有关规定审批；区政府领导一般不出席部门工作会议（兼任部门负责同志的除外）",
    ),
    # 第二十六条 区人民政府各部门召开全区性会议和举行重要活动主办部门应提前10个工作日正式向区人民政府报送请示
    DeadlineRule(
        id="meeting_request",
        cite=DC.article(26, paragraph=2),
        quote="区人民政府各部门召开全区性会议和举行重要活动主办部门应提前10个工作日正式向区人民政府报送请示",
        period=Period(10, WORKDAY, BEFORE),
        anchor="部门召开全区性会议或举行重要活动",
        action="主办部门向区人民政府报送请示",
    ),
    # 第二十六条 由区政府办公室把关后报区人民政府领导审核并按有关规定报经批准后实施。
    Duty(
        id="district_conference_request_review",
        cite=DC.article(26, paragraph=2),
        quote="由区政府办公室把关后报区人民政府领导审核并按有关规定报经批准后实施",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPUTY),
        summary="全区性会议、重要活动的请示由区政府办公室把关、区政府领导审核，按有关规定批准后实施",
    ),
    # 第二十六条 （主办部门……报送请示）由区政府办公室把关后报区人民政府领导审核并按有关规定报经批准后实施。 — more
    # specific than 31's 呈批 by portfolio; any 区人民政府领导 reviews, and who finally approves is not named.
    ApprovalRule(
        id="conference_request_reviewed_by_leader",
        cite=(DC.article(26, paragraph=2), DC.article(32)),
        quote="由区政府办公室把关后报区人民政府领导审核并按有关规定报经批准后实施",
        when=DocumentIs(
            kind=DocumentKind.REQUEST,
            issuer=Issuer.DEPARTMENT,
            addressee=TO_GOVERNMENT,
            meeting=MeetingKind.WORK_CONFERENCE,
        ),
        approver=Role.DEPUTY,
        or_approvers=(Role.HEAD, Role.EXECUTIVE_DEPUTY),
        circle_means_consent=True,
        overrides=("submission_approved_by_leader_in_charge",),
        interpretation="conference-request-review",
        note="经区政府办公室把关后由区人民政府领导审核；此审核并非最终批准，最终批准按有关规定，本规则未指明批准机关",
    ),
    # 第二十六条 区人民政府各部门召开的全区性会议未按有关规定报经批准不得请各乡镇（街道）负责同志参加。
    Duty(
        id="unapproved_conference_no_townships",
        cite=DC.article(26, paragraph=3),
        quote="区人民政府各部门召开的全区性会议未按有关规定报经批准不得请各乡镇（街道）负责同志参加",
        who=(Role.DEPARTMENT_HEAD,),
        summary="未经批准的全区性会议不得请乡镇（街道）负责同志参加；开到乡镇（街道）以下须经批准",
    ),
    # 第二十七条 ……定期安排专题学习学习活动由区长主持区人民政府领导及有关部门、单位负责人参加。学习主题由区长确定
    MeetingRule(
        id="study_session_composition",
        cite=DC.article(27),
        quote="学习活动由区长主持区人民政府领导及有关部门、单位负责人参加",
        meeting=MeetingKind.STUDY_SESSION,
        members=LEADERS,
        optional_non_voting=(*DEPARTMENT_PRINCIPALS, Role.UNIT_HEAD, Role.TOWNSHIP_HEAD),
        presiders=(Role.HEAD,),
        interpretation="attendees-by-item",
    ),
    # 第二十八条 各级各部门向区人民政府报送公文应当符合《党政机关公文处理工作条例》的规定……凡不符合有关规定的
    # 应退回报文单位。……未经批准不得越级行文不得多头报文;请示应当一文一事报告不得夹带请示事项。
    Duty(
        id="incoming_documents_conform",
        cite=DC.article(28),
        quote="请示应当一文一事报告不得夹带请示事项",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="报区政府公文须符合公文处理条例，不符合的退回；不得越级、多头报文；请示一文一事，报告不夹带请示",
    ),
    # 第二十八条 除区人民政府领导交办事项和必须直接报送的涉密敏感事项外一般不得直接向区人民政府领导个人报送公文。
    Duty(
        id="no_documents_to_leaders_personally",
        cite=DC.article(28),
        quote="除区人民政府领导交办事项和必须直接报送的涉密敏感事项外一般不得直接向区人民政府领导个人报送公文",
        who=(Role.DEPARTMENT_HEAD,),
        summary="除领导交办和涉密敏感事项外，一般不得直接向区政府领导个人报送公文",
    ),
    # 第二十八条 拟提请区委审议或提请以区委、区政府名义联合发文的文件稿……应依照区委有关规定先按程序报区人民政府
    # 履行有关审核程序。
    Duty(
        id="joint_drafts_reviewed_by_government_first",
        cite=DC.article(28),
        quote="应依照区委有关规定先按程序报区人民政府履行有关审核程序",
        who=(Role.GOVERNMENT,),
        summary="拟报区委审议或以区委、区政府名义联合发文、主要涉及政府职责且由政府部门牵头起草的文件稿，先经区政府审核",
    ),
    # 第二十九条 区人民政府各部门起草行政规范性文件以及提请区人民政府研究决定重大事项的公文必须遵守依法科学民主决策程序
    Duty(
        id="drafting_assessments",
        cite=DC.article(29),
        quote="进行合法性、必要性、科学性、可行性和宏观政策取向一致性评估论证",
        who=(Role.DEPARTMENT_HEAD,),
        summary="起草行政规范性文件和重大事项公文须评估论证，事先征求乡镇（街道）和部门意见，必要时开展社会稳定风险评估",
    ),
    # 第二十九条 涉及市场准入、产业发展、招商引资……等市场主体经济活动的应进行公平竞争审查;
    # 行政规范性文件除依法需要保密的外要公开征求意见
    Duty(
        id="fair_competition_and_public_consultation",
        cite=DC.article(29),
        quote="行政规范性文件除依法需要保密的外要公开征求意见",
        who=(Role.DEPARTMENT_HEAD,),
        summary="涉及市场主体经济活动的进行公平竞争审查；行政规范性文件除依法保密的外公开征求意见",
    ),
    # 第三十条 ……必要时由主办部门主要负责人与有关部门负责人会签或联合报区人民政府审批。
    Duty(
        id="consult_other_departments",
        cite=DC.article(30, paragraph=1),
        quote="必要时由主办部门主要负责人与有关部门负责人会签或联合报区人民政府审批",
        who=(Role.DEPARTMENT_HEAD,),
        summary="请示涉及其他部门职权的须充分协商并说明；必要时主办部门与有关部门负责人会签或联合报批；有分歧的列明各方理据",
        interpretation="department-countersign-when-necessary",
    ),
    # 第三十条 部门之间征求意见或会签文件时除主办部门另有时限要求 一般应7个工作日内回复;……
    # 与主办部门沟通且逾期不回复的视为无不同意见。
    DeadlineRule(
        id="countersign_reply",
        cite=DC.article(30, paragraph=2),
        quote="部门之间征求意见或会签文件时除主办部门另有时限要求 一般应7个工作日内回复",
        period=Period(7, WORKDAY, AFTER),
        anchor="主办部门征求意见或送会签",
        action="有关部门回复意见（主办部门另有时限要求的除外）",
        interpretation="countersign-reply-silence",
    ),
    # 第三十一条 对各乡镇（街道）、各部门报送区人民政府审批的公文区政府办公室要切实履行审核把关责任提出明确办理意见。
    # ……对不符合规定的公文由区政府办公室作退文处理。
    Duty(
        id="office_reviews_incoming",
        cite=DC.article(31, paragraph=1),
        quote="对各乡镇（街道）、各部门报送区人民政府审批的公文区政府办公室要切实履行审核把关责任提出明确办理意见",
        who=(Role.GOVERNMENT_OFFICE, Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR),
        summary="区政府办公室审核报批公文、提出办理意见，不符合规定的退文；办公室主任、副主任协助分管领导协调部门分歧",
    ),
    # 第三十一条 涉及以区人民政府或者区政府办公室名义印发的行政规范性文件由区人民政府司法行政部门进行合法性审核。
    Duty(
        id="normative_legality_review",
        cite=DC.article(31, paragraph=1),
        quote="涉及以区人民政府或者区政府办公室名义印发的行政规范性文件由区人民政府司法行政部门进行合法性审核",
        who=(Role.JUSTICE_BUREAU_HEAD,),
        summary="以区政府或区政府办公室名义印发的行政规范性文件，由区司法局进行合法性审核",
    ),
    # 第三十一条 对部门之间有分歧的事项区人民政府分管领导应主动加强协调取得一致意见或提出倾向性建议。
    Duty(
        id="deputy_coordinates_disputes",
        cite=DC.article(31, paragraph=1),
        quote="对部门之间有分歧的事项区人民政府分管领导应主动加强协调取得一致意见或提出倾向性建议",
        who=(Role.DEPUTY,),
        summary="部门之间有分歧的事项由分管领导协调一致或提出倾向性建议",
    ),
    # 第三十一条 公文及办理意见由区政府办公室按照区人民政府领导分工呈批涉及多位领导的事项应根据需要呈送
    # 区人民政府其他有关领导核批重大事项报区长审批。
    Duty(
        id="approval_routing",
        cite=DC.article(31, paragraph=2),
        quote="公文及办理意见由区政府办公室按照区人民政府领导分工呈批涉及多位领导的事项应根据需要呈送区人民政府其他有关领导核批重大事项报区长审批",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPUTY, Role.HEAD),
        summary="报批公文按领导分工呈批分管领导；涉及多位领导的根据需要呈其他领导核批；重大事项报区长审批",
    ),
    # 第三十一条 公文及办理意见由区政府办公室按照区人民政府领导分工呈批 — with 第三十二条 对于有具体请示事项的公文
    # 圈阅表示同意: a document submitted for approval asks for a decision, and circling it consents.
    ApprovalRule(
        id="submission_approved_by_leader_in_charge",
        cite=(DC.article(31, paragraph=2), DC.article(32)),
        quote="公文及办理意见由区政府办公室按照区人民政府领导分工呈批",
        when=DocumentIs(issuer=SUBMITTERS, addressee=TO_GOVERNMENT),
        approver=Role.DEPUTY,
        # 「涉及多位领导的事项应根据需要呈送区人民政府其他有关领导核批」: the 区长 is one of them, and whether the
        # matter is his by 分工 or passed on 根据需要 the record does not show (as 咸阳 四十九 and 西丰 五十一, the
        # same words)
        or_approvers=(Role.HEAD,),
        note="区长审批的，以按领导分工属区长或根据需要呈送核批为限（第三十一条第二款）",
        circle_means_consent=True,
        interpretation="incoming-approval",
    ),
    # 第三十一条 重大事项报区长审批
    ApprovalRule(
        id="major_submission_approved_by_head",
        cite=(DC.article(31, paragraph=2), DC.article(32)),
        quote="重大事项报区长审批",
        when=DocumentIs(issuer=SUBMITTERS, addressee=TO_GOVERNMENT, matters=MAJOR_MATTERS),
        approver=Role.HEAD,
        circle_means_consent=True,
        # 26 ¶2 names who reviews a conference request (审核) and leaves approval to 有关规定; for a 重大事项
        # 31 ¶2 says who approves: the 区长 (conference-request-review)
        overrides=(
            "submission_approved_by_leader_in_charge",
            "report_read_by_leader_in_charge",
            "conference_request_reviewed_by_leader",
        ),
        interpretation="incoming-approval",
    ),
    # 第三十二条 区人民政府领导审批公文应当签署明确的意见、姓名和时间。
    Duty(
        id="approval_marks",
        cite=DC.article(32),
        quote="区人民政府领导审批公文应当签署明确的意见、姓名和时间",
        who=LEADERS,
        summary="区政府领导审批公文须签署明确的意见、姓名和时间",
    ),
    # 第三十二条 对于一般报告性公文圈阅表示已阅知;对于有具体请示事项的公文圈阅表示同意。
    Duty(
        id="circle_read_semantics",
        cite=DC.article(32),
        quote="对于一般报告性公文圈阅表示已阅知;对于有具体请示事项的公文圈阅表示同意",
        who=LEADERS,
        summary="圈阅：一般报告性公文表示已阅知，有具体请示事项的公文（含报请签发的文稿）表示同意",
        interpretation="circle-consent",
    ),
    # 第三十二条 对于一般报告性公文圈阅表示已阅知 — a circle on a 报告 is its proper handling, not a missing opinion.
    ApprovalRule(
        id="report_read_by_leader_in_charge",
        cite=(DC.article(32), DC.article(31, paragraph=2)),
        quote="对于一般报告性公文圈阅表示已阅知",
        when=DocumentIs(kind=DocumentKind.REPORT, issuer=SUBMITTERS, addressee=TO_GOVERNMENT),
        approver=Role.DEPUTY,
        or_approvers=(Role.HEAD,),
        note="区长阅知的，以按领导分工属区长或根据需要呈送为限（第三十一条第二款）",
        read_only=True,
        opinion_required=False,
        overrides=("submission_approved_by_leader_in_charge",),
        interpretation="incoming-approval",
    ),
    ApprovalRule(
        id="major_report_read_by_head",
        cite=(DC.article(32), DC.article(31, paragraph=2)),
        quote="对于一般报告性公文圈阅表示已阅知",
        when=DocumentIs(kind=DocumentKind.REPORT, issuer=SUBMITTERS, addressee=TO_GOVERNMENT, matters=MAJOR_MATTERS),
        approver=Role.HEAD,
        read_only=True,
        opinion_required=False,
        overrides=("major_submission_approved_by_head",),
        interpretation="incoming-approval",
    ),
    # 第三十三条 区人民政府制定的行政规范性文件、向区人大及其常委会提出的议案经区人民政府分管领导把关后由区长签署。
    SigningRule(
        id="normative_by_head",
        # 第三十一条 涉及以区人民政府……名义印发的行政规范性文件由区人民政府司法行政部门进行合法性审核: the
        # legality review comes before the 区长's signature, as the 分管领导's 把关 does; which of the two comes first
        # is not said.
        cite=(DC.article(33, paragraph=1), DC.article(31, paragraph=1), ACTING_HEAD_CITE),
        quote="区人民政府制定的行政规范性文件、向区人大及其常委会提出的议案经区人民政府分管领导把关后由区长签署",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.NORMATIVE),
        signer=Role.HEAD,
        reviewers=(Role.JUSTICE_BUREAU_HEAD, Role.DEPUTY),
        # a missing legality review breaches 31, not 33 ¶1, which names the 分管领导's 把关 only
        reviewer_cites=((Role.JUSTICE_BUREAU_HEAD, DC.article(31, paragraph=1)),),
        # 31 and 33 ¶1 do not say which review comes first: both before the signature (legality-review-order)
        reviewers_in_order=False,
        alternates=ACTING_HEAD,
        note=ACTING_HEAD_NOTE,
        circle_means_consent=True,
        verb="签署",  # 33 ¶1 「由区长签署」
        overrides=("government_major_by_head", "letter_by_deputy", "letter_major_by_head"),
        interpretation="normative-para1-over-major",
    ),
    SigningRule(
        id="motion_by_head",
        cite=(DC.article(33, paragraph=1), ACTING_HEAD_CITE),
        quote="向区人大及其常委会提出的议案经区人民政府分管领导把关后由区长签署",
        when=DocumentIs(
            kind=DocumentKind.MOTION, issuer=Issuer.GOVERNMENT, addressee=(Addressee.PEOPLES_CONGRESS, None)
        ),
        signer=Role.HEAD,
        reviewers=(Role.DEPUTY,),
        alternates=ACTING_HEAD,
        note=ACTING_HEAD_NOTE,
        circle_means_consent=True,
        verb="签署",  # 33 ¶1 「由区长签署」
        overrides=("government_major_by_head", "normative_by_head"),
    ),
    # 第三十三条 以区人民政府名义发文一般事项由分管副区长根据职责权限签发;
    SigningRule(
        id="government_by_deputy",
        cite=DC.article(33, paragraph=2),
        quote="以区人民政府名义发文一般事项由分管副区长根据职责权限签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT),
        signer=Role.DEPUTY,
        # ……涉及重大发展规划、财政支出、重点项目等重大事项的……报区长签发: an open class (等) the record cannot close, so
        # the 区长's own signature is no breach (general-matter-head-signs)
        or_signers=(Role.HEAD,),
        circle_means_consent=True,
        interpretation="general-matter-head-signs",
        note=(
            "一般事项由分管副区长签发；重大事项（“重大发展规划、财政支出、重点项目等”，文本未穷尽列举）报区长签发，"
            "故区长签发亦不视为违规；区长签发时是否逐级经区政府办公室主任、分管副区长、负责常务工作的副区长审核，"
            "记录未标明重大事项的，本规则未核查"
        ),
    ),
    # 第三十三条 涉及重大发展规划、财政支出、重点项目等重大事项的逐级经区政府办公室主任分管副区长负责常务工作的副区长
    # 审核后报区长签发。
    SigningRule(
        id="government_major_by_head",
        cite=(DC.article(33, paragraph=2), ACTING_HEAD_CITE),
        quote="涉及重大发展规划、财政支出、重点项目等重大事项的逐级经区政府办公室主任分管副区长负责常务工作的副区长审核后报区长签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=(*MAJOR_MATTERS, Matter.FUNDS)),
        signer=Role.HEAD,
        reviewers=(Role.OFFICE_DIRECTOR, Role.DEPUTY, Role.EXECUTIVE_DEPUTY),
        alternates=ACTING_HEAD,
        note=ACTING_HEAD_NOTE,
        circle_means_consent=True,
        overrides=("government_by_deputy", "to_city_government_by_head"),
        interpretation="funds-is-major",
    ),
    # 第三十三条 区人民政府报送市人民政府的公文按程序报区长签发。
    SigningRule(
        id="to_city_government_by_head",
        cite=(DC.article(33, paragraph=2), ACTING_HEAD_CITE),
        quote="区人民政府报送市人民政府的公文按程序报区长签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=Addressee.HIGHER_GOVERNMENT),
        signer=Role.HEAD,
        alternates=ACTING_HEAD,
        note=ACTING_HEAD_NOTE,
        circle_means_consent=True,
        overrides=("government_by_deputy",),
        interpretation="to-city-procedure",
    ),
    # 第三十三条 区人民政府致函各县（市）区市级部门、其他县（区）人民政府商洽事务的公文一般由区人民政府分管领导签发。
    SigningRule(
        id="letter_by_deputy",
        cite=DC.article(33, paragraph=3),
        quote="区人民政府致函各县（市）区市级部门、其他县（区）人民政府商洽事务的公文一般由区人民政府分管领导签发",
        when=DocumentIs(
            kind=DocumentKind.LETTER,
            issuer=Issuer.GOVERNMENT,
            addressee=(Addressee.HIGHER_DEPARTMENT, Addressee.PEERS),
        ),
        signer=Role.DEPUTY,
        # ……或其他须区长签发的公文呈报区长签发: which letters those are, the record cannot tell
        or_signers=(Role.HEAD,),
        circle_means_consent=True,
        overrides=("government_by_deputy", "government_major_by_head"),
        interpretation="letter-specific",
        note="一般由区人民政府分管领导签发；“其他须区长签发的公文”呈报区长签发，何为此类文本未列明，故区长签发亦不视为违规",
    ),
    # 第三十三条 涉及全局性、重要事项或其他须区长签发的公文呈报区长签发。
    SigningRule(
        id="letter_major_by_head",
        cite=(DC.article(33, paragraph=3), ACTING_HEAD_CITE),
        quote="涉及全局性、重要事项或其他须区长签发的公文呈报区长签发",
        when=DocumentIs(
            kind=DocumentKind.LETTER,
            issuer=Issuer.GOVERNMENT,
            addressee=(Addressee.HIGHER_DEPARTMENT, Addressee.PEERS),
            matters=MAJOR_MATTERS,
        ),
        signer=Role.HEAD,
        alternates=ACTING_HEAD,
        note=ACTING_HEAD_NOTE,
        circle_means_consent=True,
        overrides=("letter_by_deputy",),
        interpretation="letter-specific",
    ),
    # 第三十三条 以区政府办公室名义制发公文一般由区政府办公室主任签发;
    SigningRule(
        id="office_by_director",
        cite=DC.article(33, paragraph=4),
        quote="以区政府办公室名义制发公文一般由区政府办公室主任签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE),
        signer=Role.OFFICE_DIRECTOR,
        circle_means_consent=True,
    ),
    # 第三十三条 重要文件报区人民政府分管领导或区长签发。
    SigningRule(
        id="office_important_by_deputy",
        cite=DC.article(33, paragraph=4),
        quote="重要文件报区人民政府分管领导或区长签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE, matters=(*MAJOR_MATTERS, Matter.NORMATIVE)),
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD,),
        circle_means_consent=True,
        overrides=("office_by_director",),
        interpretation="office-important-either",
    ),
    # 第三十一条 涉及以……区政府办公室名义印发的行政规范性文件由区人民政府司法行政部门进行合法性审核 — on top of
    # 第三十三条第四款 (an office's normative document is an important one): the legality review comes first.
    SigningRule(
        id="office_normative_by_deputy",
        cite=(DC.article(31, paragraph=1), DC.article(33, paragraph=4)),
        quote="涉及以区人民政府或者区政府办公室名义印发的行政规范性文件由区人民政府司法行政部门进行合法性审核",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE, matters=Matter.NORMATIVE),
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD,),
        reviewers=(Role.JUSTICE_BUREAU_HEAD,),
        circle_means_consent=True,
        overrides=("office_important_by_deputy", "office_by_director"),
        interpretation="office-important-either",
    ),
    # 第三十三条 以区人民政府议事协调机构名义制发公文由议事协调机构下设办公室综合协调部门）负责人审签后
    # 报区政府办公室统筹办理区政府办公室对文件进行审核后报区人民政府领导审签。
    SigningRule(
        id="coordination_body_by_leader",
        cite=DC.article(33, paragraph=5),
        quote="区政府办公室对文件进行审核后报区人民政府领导审签",
        when=DocumentIs(issuer=Issuer.COORDINATION_BODY),
        signer=Role.DEPUTY,
        or_signers=(Role.HEAD, Role.EXECUTIVE_DEPUTY),
        reviewers=(Role.COORDINATION_OFFICE_HEAD, Role.GOVERNMENT_OFFICE),
        circle_means_consent=True,
        interpretation="coordination-body-leader",
        note="报区人民政府领导审签：文本未指明哪位领导，副区长、区长、负责常务工作的副区长均可",
    ),
    # 第三十四条 区人民政府各部门制定行政规范性文件要……严格合法性审查。涉及2个及以上部门职权范围的事项……
    # 其中涉及公众权益、社会关注度高、敏感性强的重要公共政策、重大民生事项等应当事先请示区人民政府。
    Duty(
        id="department_normative_documents",
        cite=(DC.article(34, paragraph=1), DC.article(34, paragraph=2)),
        quote="其中涉及公众权益、社会关注度高、敏感性强的重要公共政策、重大民生事项等应当事先请示区人民政府",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门规范性文件须合法性审查；涉及2个以上部门的听取意见、由区政府制定或联合制定；重要公共政策等事先请示区政府",
    ),
    # 第三十四条 未经区人民政府授权各部门不得向乡镇（街道）人民政府（办事处）发布指令性公文……
    Duty(
        id="no_directives_to_townships",
        cite=DC.article(34, paragraph=2),
        quote="未经区人民政府授权各部门不得向乡镇（街道）人民政府（办事处）发布指令性公文",
        who=(Role.DEPARTMENT_HEAD,),
        summary="未经区政府授权，部门不得向乡镇（街道）发布指令性公文或提出指令性要求",
    ),
    # 第三十四条 区人民政府规范性文件应当依照有关规定报市人民政府备案。各乡镇（街道）和区级有关部门制定的规范性文件
    # 应当按规定报区人民政府备案区政府办公室定期向社会公布准予备案的规范性文件目录。
    Duty(
        id="normative_filing",
        cite=DC.article(34, paragraph=3),
        quote="区人民政府规范性文件应当依照有关规定报市人民政府备案",
        who=(Role.GOVERNMENT, Role.GOVERNMENT_OFFICE),
        summary="区政府规范性文件报市政府备案；乡镇（街道）和部门规范性文件报区政府备案，办公室定期公布备案目录（无时限）",
    ),
    # 第三十五条 属部门职权范围内的事务由部门自行发文或联合发文不得以区人民政府或区政府办公室名义发文。
    Duty(
        id="department_matters_in_department_name",
        cite=DC.article(35, paragraph=1),
        quote="属部门职权范围内的事务由部门自行发文或联合发文不得以区人民政府或区政府办公室名义发文",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="部门职权内事务由部门发文，不得以区政府或区政府办公室名义发文；不重复发文，不要求乡镇制发配套文件",
    ),
    # 第三十五条 各部门原则上只向区人民政府报送一种简报区人民政府重要工作按一事一议原则报送专报。
    # 实质内容的文件简报一律不发。
    Duty(
        id="briefings_limited",
        cite=DC.article(35, paragraph=1),
        quote="各部门原则上只向区人民政府报送一种简报区人民政府重要工作按一事一议原则报送专报",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门原则上只报一种简报，重要工作一事一报专报；无实质内容的文件简报一律不发；分工方案原则上与文件合并印发",
        interpretation="briefings-lost-wu",
    ),
    # 第三十六条 以区人民政府签订的合同……确需签署的主管部门应充分征求区财政局等有关部门意见由区政府办公室转区司法局
    # 进行合法性审查必要时提请区人民政府常务会议审议
    Duty(
        id="contract_review",
        cite=DC.article(36),
        quote="确需签署的主管部门应充分征求区财政局等有关部门意见由区政府办公室转区司法局进行合法性审查必要时提请区人民政府常务会议审议",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE, Role.JUSTICE_BUREAU_HEAD),
        summary="以区政府名义签订的合同：征求财政局等意见，经办公室转司法局合法性审查，必要时提请常务会议审议，按程序报批",
    ),
    # 第三十六条 各部门、各乡镇（街道）对外签署合作协议需邀请区人民政府领导出席见证的……提前报区政府办公室按程序报批。
    Duty(
        id="cooperation_agreement_witness",
        cite=DC.article(36),
        quote="提前报区政府办公室按程序报批",
        who=(Role.DEPARTMENT_HEAD, Role.TOWNSHIP_HEAD, Role.GOVERNMENT_OFFICE),
        summary="对外签署合作协议邀请区政府领导出席见证的，提前报区政府办公室按程序报批（“提前”无具体时限）",
    ),
    # 第三十九条 区政府办公室要加强对全区政府系统督查工作的指导。
    Duty(
        id="supervision_guidance",
        cite=DC.article(39, paragraph=2),
        quote="区政府办公室要加强对全区政府系统督查工作的指导",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="区政府办公室指导全区政府系统督查工作（本规则未定督查办结时限）",
    ),
    # 第四十二条 ……必须向区委请示报告。区人民政府按照有关规定做好向市人民政府请示报告工作。
    Duty(
        id="request_report_to_party_committee_and_city",
        cite=DC.article(42, paragraph=1),
        quote="区人民政府按照有关规定做好向市人民政府请示报告工作",
        who=(Role.GOVERNMENT,),
        summary="全局性重大政策措施、重大问题和属区委事权的事项向区委请示报告；按规定向市政府请示报告",
    ),
    # 第四十二条 区人民政府各工作部门工作中的重大政策和重大行政措施应向区人民政府请示报告。……
    # 重大情况要及时向区人民政府报告。
    Duty(
        id="departments_report_major",
        cite=DC.article(42, paragraph=2),
        quote="区人民政府各工作部门工作中的重大政策和重大行政措施应向区人民政府请示报告",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门重大政策和重大行政措施向区政府请示报告；重要信息发布须严格审定；重大情况及时报告（无具体时限）",
    ),
    # 第四十三条 区人民政府领导不公开出版著作、讲话单行本不发贺信、贺电不题词、题字、作序
    # 特殊情况必须严格按照有关规定报批。
    Duty(
        id="leaders_no_publications",
        cite=DC.article(43, paragraph=3),
        quote="区人民政府领导不公开出版著作、讲话单行本不发贺信、贺电不题词、题字、作序特殊情况必须严格按照有关规定报批",
        who=LEADERS,
        summary="区政府领导不公开出版著作、讲话单行本，不发贺信贺电，不题词题字作序；特殊情况按规定报批",
    ),
    # 第四十三条 严格控制因公出国境）团组数量和规模。
    Duty(
        id="delegations_abroad_controlled",
        cite=DC.article(43, paragraph=4),
        quote="严格控制因公出国境）团组数量和规模",
        who=(Role.FOREIGN_AFFAIRS_OFFICE,),
        summary="严格控制因公出国（境）团组数量和规模（无具体数额）",
    ),
    # 第四十四条 区人民政府组成人员要严格执行请销假制度和外出报备制度。
    Duty(
        id="leave_and_filing_system",
        cite=DC.article(44),
        quote="区人民政府组成人员要严格执行请销假制度和外出报备制度",
        who=(*LEADERS, Role.DEPARTMENT_HEAD),
        summary="区政府组成人员执行请销假制度和外出报备制度（请假“事先”，无具体提前量）",
    ),
    # 第四十四条 区长离开东川出访、出差、休假、学习按规定分别向市人民政府和区委请示报告,并向市委报备。
    LeaveRule(
        id="head_leaving_dongchuan",
        cite=DC.article(44),
        quote="区长离开东川出访、出差、休假、学习按规定分别向市人民政府和区委请示报告,并向市委报备",
        when=LeaveIs(role=Role.HEAD, kind=AWAY_AT_HOME_OR_IN_CHINA),
        approvers=(Role.HIGHER_GOVERNMENT, Role.PARTY_COMMITTEE),
        notify=(Role.HIGHER_PARTY_COMMITTEE,),
        # 第四十四条 「并向市委报备」
        notify_verb="向{}报备",
        interpretation="head-leave-both",
        approvers_in_order=False,
    ),
    # 第四十四条 副区长、区政府办公室主任离开东川出访、出差、休假、学习应事先向区长请假并按有关规定向区委报备;
    LeaveRule(
        id="deputy_leaving_dongchuan",
        cite=DC.article(44),
        quote="副区长、区政府办公室主任离开东川出访、出差、休假、学习应事先向区长请假并按有关规定向区委报备",
        when=LeaveIs(role=(Role.EXECUTIVE_DEPUTY, Role.DEPUTY, Role.OFFICE_DIRECTOR), kind=AWAY_AT_HOME_OR_IN_CHINA),
        approvers=(Role.HEAD,),
        notify=(Role.PARTY_COMMITTEE,),
        # 第四十四条 「并按有关规定向区委报备」
        notify_verb="按有关规定向{}报备",
        in_advance=True,
        interpretation="leaving-dongchuan-kinds",
    ),
    # 第四十四条 区人民政府各工作部门主要负责同志外出需向分管副区长请假并报区长审批同意后按规定向区委报备。
    LeaveRule(
        id="department_head_trip",
        cite=DC.article(44),
        quote="区人民政府各工作部门主要负责同志外出需向分管副区长请假并报区长审批同意后按规定向区委报备",
        when=LeaveIs(role=DEPARTMENT_PRINCIPALS, kind=GOING_OUT),
        approvers=(Role.DEPUTY, Role.HEAD),
        notify=(Role.PARTY_COMMITTEE,),
        # 第四十四条 「报区长审批同意后按规定向区委报备」
        notify_verb="按规定向{}报备",
        interpretation="going-out-not-vacation",
        kind_words={LeaveKind.TRIP: "外出"},  # 第四十四条 says 外出 of them (出差 of the 区长 and 副区长)
    ),
    # 第四十四条 各乡镇（街道）主要负责人外出须向各乡镇（街道）党委主要负责同志请假并报区长审批同意后按规定向区委报备。
    LeaveRule(
        id="township_head_trip",
        cite=DC.article(44),
        quote="各乡镇（街道）主要负责人外出须向各乡镇（街道）党委主要负责同志请假并报区长审批同意后按规定向区委报备",
        when=LeaveIs(role=Role.TOWNSHIP_HEAD, kind=GOING_OUT),
        approvers=(Role.TOWNSHIP_PARTY_SECRETARY, Role.HEAD),
        notify=(Role.PARTY_COMMITTEE,),
        # 第四十四条 「报区长审批同意后按规定向区委报备」
        notify_verb="按规定向{}报备",
        interpretation="going-out-not-vacation",
        kind_words={LeaveKind.TRIP: "外出"},  # 第四十四条 says 外出 of them (出差 of the 区长 and 副区长)
    ),
    # 第四十五条 区长、副区长出访由区委外办报分管外事工作的副区长并报区委书记、区长审核后,按照有关规定报市人民政府审批。
    # + 第四十四条 区长离开东川出访……分别向市人民政府和区委请示报告,并向市委报备。
    LeaveRule(
        id="head_visit_abroad",
        cite=(DC.article(45, paragraph=1), DC.article(44)),
        quote="区长、副区长出访由区委外办报分管外事工作的副区长并报区委书记、区长审核后,按照有关规定报市人民政府审批",
        when=LeaveIs(role=Role.HEAD, kind=LeaveKind.VISIT_ABROAD),
        approvers=(Role.FOREIGN_AFFAIRS_DEPUTY, Role.PARTY_SECRETARY, Role.HIGHER_GOVERNMENT, Role.PARTY_COMMITTEE),
        # 「报分管外事工作的副区长并报区委书记、区长审核后…报市人民政府审批」: the reviews (in any order), then the
        # 市人民政府; 区委 (第四十四条 请示报告) at any point (interpretation abroad-stages)
        approval_orders=(((Role.FOREIGN_AFFAIRS_DEPUTY, Role.PARTY_SECRETARY), (Role.HIGHER_GOVERNMENT,)),),
        notify=(Role.HIGHER_PARTY_COMMITTEE,),
        # 第四十四条 「并向市委报备」
        notify_verb="向{}报备",
        overrides=("head_leaving_dongchuan",),
        interpretation="abroad-combined",
    ),
    # 第四十五条 （同上）+ 第四十四条 副区长……离开东川出访……应事先向区长请假并按有关规定向区委报备
    LeaveRule(
        id="deputy_visit_abroad",
        cite=(DC.article(45, paragraph=1), DC.article(44)),
        quote="区长、副区长出访由区委外办报分管外事工作的副区长并报区委书记、区长审核后,按照有关规定报市人民政府审批",
        when=LeaveIs(role=(Role.EXECUTIVE_DEPUTY, Role.DEPUTY), kind=LeaveKind.VISIT_ABROAD),
        approvers=(Role.FOREIGN_AFFAIRS_DEPUTY, Role.PARTY_SECRETARY, Role.HEAD, Role.HIGHER_GOVERNMENT),
        # the three reviews in any order, then the 市人民政府 (interpretation abroad-stages)
        approval_orders=(((Role.FOREIGN_AFFAIRS_DEPUTY, Role.PARTY_SECRETARY, Role.HEAD), (Role.HIGHER_GOVERNMENT,)),),
        notify=(Role.PARTY_COMMITTEE,),
        # 第四十四条 「并按有关规定向区委报备」
        notify_verb="按有关规定向{}报备",
        in_advance=True,
        overrides=("deputy_leaving_dongchuan",),
        interpretation="abroad-combined",
    ),
    # 第四十五条 区人民政府各工作部门负责同志出访由区委外办审核后报区人民政府正职领导报分管外事工作的副区长审核后
    # 逐级报区委书记、区长批准  + 第四十四条 （部门主要负责同志外出）向分管副区长请假并报区长审批同意后……向区委报备
    LeaveRule(
        id="department_head_visit_abroad",
        cite=(DC.article(45, paragraph=2), DC.article(44)),
        quote="正职领导报分管外事工作的副区长审核后逐级报区委书记、区长批准",
        when=LeaveIs(role=DEPARTMENT_PRINCIPALS, kind=LeaveKind.VISIT_ABROAD),
        approvers=(
            Role.DEPUTY,
            Role.FOREIGN_AFFAIRS_OFFICE,
            Role.FOREIGN_AFFAIRS_DEPUTY,
            Role.HEAD,
            Role.PARTY_SECRETARY,
        ),
        # two procedures, each in its own order: 44 (分管副区长, then 区长) and 45 (外办, 外事副区长, then 区委书记
        # and 区长 逐级, in an order the text leaves open) (interpretation abroad-stages)
        approval_orders=(
            ((Role.DEPUTY,), (Role.HEAD,)),
            ((Role.FOREIGN_AFFAIRS_OFFICE,), (Role.FOREIGN_AFFAIRS_DEPUTY,), (Role.HEAD, Role.PARTY_SECRETARY)),
        ),
        notify=(Role.PARTY_COMMITTEE,),
        # 第四十四条 「按规定向区委报备」
        notify_verb="按规定向{}报备",
        overrides=("department_head_trip",),
        interpretation="abroad-order",
    ),
    # 第四十五条 副职领导报分管外事工作的副区长批准。
    LeaveRule(
        id="department_deputy_visit_abroad",
        cite=DC.article(45, paragraph=2),
        quote="副职领导报分管外事工作的副区长批准",
        when=LeaveIs(role=Role.DEPARTMENT_DEPUTY_HEAD, kind=LeaveKind.VISIT_ABROAD),
        approvers=(Role.FOREIGN_AFFAIRS_OFFICE, Role.FOREIGN_AFFAIRS_DEPUTY),
    ),
    # 第四十五条 区政府办公室主任出访审批参照区人民政府各部门正职领导执行。
    # + 第四十四条 区政府办公室主任离开东川出访……应事先向区长请假并按有关规定向区委报备
    LeaveRule(
        id="office_director_visit_abroad",
        cite=(DC.article(45, paragraph=2), DC.article(44)),
        quote="区政府办公室主任出访审批参照区人民政府各部门正职领导执行",
        when=LeaveIs(role=Role.OFFICE_DIRECTOR, kind=LeaveKind.VISIT_ABROAD),
        approvers=(Role.FOREIGN_AFFAIRS_OFFICE, Role.FOREIGN_AFFAIRS_DEPUTY, Role.HEAD, Role.PARTY_SECRETARY),
        # as a department principal's 45 chain (interpretation abroad-stages); 44's 区长 at any point
        approval_orders=(
            ((Role.FOREIGN_AFFAIRS_OFFICE,), (Role.FOREIGN_AFFAIRS_DEPUTY,), (Role.HEAD, Role.PARTY_SECRETARY)),
        ),
        notify=(Role.PARTY_COMMITTEE,),
        # 第四十四条 「并按有关规定向区委报备」
        notify_verb="按有关规定向{}报备",
        in_advance=True,
        overrides=("deputy_leaving_dongchuan",),
        interpretation="abroad-order",
    ),
    # 第四十七条 区人民政府工作部门、直属事业单位等工作机构适用本规则。
    Duty(
        id="scope",
        cite=DC.article(47),
        quote="区人民政府工作部门、直属事业单位等工作机构适用本规则",
        who=(Role.DEPARTMENT_HEAD, Role.UNIT_HEAD),
        summary="区政府工作部门、直属事业单位等工作机构适用本规则",
    ),
    # 第四十八条 本规则自印发之日起施行。
    Duty(
        id="in_force_on_issue",
        cite=DC.article(48),
        quote="本规则自印发之日起施行",
        who=(Role.GOVERNMENT,),
        summary="本规则自印发之日（2024年11月7日）起施行，东政发〔2020〕21号同时废止",
    ),
)

#: The roles the text names that take in others (`RoleIncludes`): who may act as a role a rule names.
ROLES: tuple[Rule, ...] = (
    # 5: the 负责常务工作的副区长 is one of the 副区长 (33 ¶2 names him beside the 分管副区长)
    RoleIncludes(
        id="executive_deputy_is_a_deputy",
        cite=DC.article(5, paragraph=2),
        quote="由负责常务工作的副区长主持区人民政府工作",
        role=Role.DEPUTY,
        includes=(Role.EXECUTIVE_DEPUTY,),
        interpretation="executive-deputy-is-a-deputy",
    ),
    # 24 主持召开会议的区人民政府领导 (区长、常务副区长、副区长); 24 lets a leader commission the
    # 区政府办公室主任 or 副主任 to hold a 专题会议, who then chairs it: the 会议主持人 of 25 (whose
    # minutes the commissioning leader 审定s: its own rule)
    RoleIncludes(
        id="meeting_chair_is_a_leader",
        cite=(DC.article(24, paragraph=3), DC.article(25)),
        quote="区人民政府专题会议纪要由主持召开会议的区人民政府领导签发",
        role=Role.MEETING_CHAIR,
        includes=(*LEADERS, Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR),
        interpretation="meeting-chair-is-a-leader",
    ),
)

#: What the text calls each kind of leave (`Ruleset.leave_kind_names`): 第四十四条's four ways of leaving 东川.
LEAVE_KIND_NAMES = {
    # 第四十四条 「离开东川出访、出差、休假、学习」; its 外出 covers all four (reading leave-kind-names)
    LeaveKind.TRIP: "出差",
    LeaveKind.VISIT_ABROAD: "出访",  # 第四十四条; 第四十五条 「区长、副区长出访」
    LeaveKind.VACATION: "休假",  # 第四十四条
    LeaveKind.STUDY: "学习",  # 第四十四条
    LeaveKind.MEETING_ABSENCE: "不能参加会议",  # 第二十五条 「参加区人民政府有关会议…如有特殊情况不能参加的」
}


RULESET = make_ruleset(
    "dongchuan_2024",
    government=Government(name="昆明市东川区人民政府", level=Level.DISTRICT, parent="昆明市人民政府"),
    effective_from=date(2024, 11, 7),
    rules=(*RULES, *ROLES),
    meeting_names={MeetingKind.HEAD_OFFICE: "区长办公会议"},  # as the text names it (the generic label names all three)
    role_names=ROLE_NAMES,
    non_operative=NON_OPERATIVE,
    leave_kind_names=LEAVE_KIND_NAMES,
    # 第三十一条 「区人民政府司法行政部门」, 第二十条 「区司法局」: the bureau, acting through its head; so the other
    # bodies 第二十条 names with it, 「区委政研室、区财政局、区发展改革局、区司法局等有关负责人列席会议」
    role_aliases={
        "区司法局": Role.JUSTICE_BUREAU_HEAD,
        "区人民政府司法行政部门": Role.JUSTICE_BUREAU_HEAD,
        "区委政研室": Role.POLICY_RESEARCH_HEAD,
        "区财政局": Role.FINANCE_BUREAU_HEAD,
        "区发展改革局": Role.DEVELOPMENT_REFORM_HEAD,
    },
)
