"""咸阳市人民政府工作规则（试行）, 咸政发〔2013〕16号.

Adopted at the 2nd 常务会议 of the city government on 2013-06-06, issued by notice dated 2013-06-17,
posted on the city's website 2013-12-11 (索引号 GK_XY-2013-003812). Source: ../shared/sources/
001_3d17439a8c5a7de8.txt; the cleaned article texts are texts/xianyang_2013.json. 76 articles
numbered 一、…七十六、 in 12 chapters; items (（一）…) only in 39–41; no annexes, no 附则 and no
effective-date article (effective_from is the notice's date: see docs/interpretations/xianyang_2013.md).
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
from govrules.periods import AFTER, WORKDAY, Period
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

__all__ = ["RULESET"]

XY = citations_for("xianyang_2013")

#: 五十二 「以市政府名义发文,经分管副市长审核后,由市长签发」: the 分管副市长's review is 五十二's, where a rule's first
#: citation (五十一: 报送省政府审批的公文…由市长签署) says only who signs (a missing review is cited to 52).
DEPUTY_REVIEW_CITE = ((Role.DEPUTY, XY.article(52)),)

ROLE_NAMES = {
    Role.HEAD: "市长",
    Role.EXECUTIVE_DEPUTY: "常务副市长",
    Role.DEPUTY: "分管副市长",  # the deputy whose portfolio covers the matter (deputy-in-charge-means-leader-in-charge)
    Role.COUNSELLOR: "副市级咨询员",
    Role.MAYOR_ASSISTANT: "市长助理",
    Role.SECRETARY_GENERAL: "秘书长",
    Role.DEPUTY_SECRETARY_GENERAL: "副秘书长",
    Role.OFFICE_DIRECTOR: "办公室主任",
    Role.GOVERNMENT: "市政府",
    Role.GOVERNMENT_OFFICE: "市政府办公室",
    Role.DEPARTMENT_HEAD: "部门主要负责同志",
    Role.UNIT_HEAD: "单位负责人",
    Role.SUBORDINATE_GOVERNMENT_HEAD: "县市区政府主要负责同志",
    Role.PARTY_SECRETARY: "市委书记",
    Role.PARTY_COMMITTEE: "市委",
    Role.HIGHER_GOVERNMENT: "省政府",
    Role.HIGHER_GOVERNMENT_OFFICE: "省政府办公厅",
    Role.PEOPLES_CONGRESS: "市人大及其常务委员会",
    Role.CPPCC: "市政协",
    Role.LEGAL_AFFAIRS_HEAD: "市政府法制办公室",
    Role.DUTY_OFFICE: "市政府总值班室",
    Role.MEETING_CHAIR: "主持会议的市政府领导同志",
    Role.COMMISSIONING_LEADER: "委托召开会议的市政府领导同志",
}

NON_OPERATIVE = {
    1: "制定依据",
    2: "指导思想",
    3: "工作准则（各项在第四至七、十二章展开）",
    4: "组成人员的一般要求",
    12: "政府职能概述",
    13: "经济调节职能",
    14: "市场监管职能",
    15: "社会管理职能",
    16: "公共服务职能",
    23: "法治政府原则",
    27: "严格执法的要求",
    28: "政务公开原则",
    37: "考核问责制度的倡导，无程序或参数",
    59: "学习型机关建设",
    63: "政治纪律",
    67: "保密纪律和外事纪律",
    68: "全局、团结、协作、责任意识",
    69: "廉政和作风建设总要求",
    70: "从严治政，无具体程序或时限",
    71: "财经纪律",
    72: "出国团组、公务接待、节庆活动的控制要求，无数额",
    73: "廉洁自律",
}

# The leaders who may hold a portfolio (分管): 副市长 (incl. 常务副市长), 副市级咨询员, 市长助理 (9, 22).
_PORTFOLIO_LEADERS = (Role.DEPUTY, Role.EXECUTIVE_DEPUTY, Role.COUNSELLOR, Role.MAYOR_ASSISTANT)
#: 五、十一 政府各组成部门的主任、局长; 三十三 监察、审计等部门: the principals of the city's departments. A record
#: may name one by its bureau (财政局局长 …) rather than as 部门主要负责同志; wherever the text says 部门主要负责人,
#: 各部门 or 组成部门的主任、局长, each of them is one (docs/interpretations: department-principals).
_DEPARTMENT_PRINCIPALS = (
    Role.DEPARTMENT_HEAD,
    Role.DEVELOPMENT_REFORM_HEAD,
    Role.FINANCE_BUREAU_HEAD,
    Role.AUDIT_BUREAU_HEAD,
    Role.JUSTICE_BUREAU_HEAD,
    Role.SUPERVISION_BUREAU_HEAD,
    Role.CO_DEPARTMENT_HEAD,
)
#: 四十三 … 的组织工作由市政府办公室秘书科负责: the office's staff, and the 副秘书长 who help the 秘书长 run it
#: (十、二十二), may attend the meetings it organises (docs/interpretations: organisers-of-the-main-meetings).
_ORGANISERS = (Role.OFFICE_DIRECTOR, Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK, Role.DEPUTY_SECRETARY_GENERAL)
#: 三十九、四十 the members of the 全体会议 and 常务会议 but the 市长 (who presides) and the department heads (39 only).
_PLENARY_MEMBERS = (*_PORTFOLIO_LEADERS, Role.SECRETARY_GENERAL)
_MAIN_MEETINGS = (MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE)
_AWAY = (LeaveKind.VISIT_ABROAD, LeaveKind.TRIP, LeaveKind.VACATION)
#: 四十九 市政府各部门和各县市区政府报送市政府审批的公文.
_SUBMITTERS = (Issuer.DEPARTMENT, Issuer.SUBORDINATE_GOVERNMENT)
#: 四十九 the general routing of submissions, which more specific provisions override.
_GENERAL_APPROVALS = ("submission_approved_by_leader_in_charge", "major_submission_approved_by_head")
_TO_GOVERNMENT = (Addressee.GOVERNMENT, None)
#: 52 「经分管副市长审核」: the 副市级咨询员 and 市长助理 hold portfolios too (9, 22), and a matter in theirs has
#: no other leader in charge to review it (deputy-in-charge-means-leader-in-charge): either's review takes the step.
_IN_CHARGE_REVIEW = ((Role.DEPUTY, Role.COUNSELLOR), (Role.DEPUTY, Role.MAYOR_ASSISTANT))
_IN_CHARGE_NOTE = "副市级咨询员、市长助理审核的，以该事项属其分管为限（第九、二十二条）"


RULES: tuple[Rule, ...] = (
    # 五、市政府由下列人员组成:市长、副市长、副市级咨询员、市长助理、秘书长,政府各组成部门的主任、局长。
    Duty(
        id="government_composition",
        cite=XY.article(5),
        quote="市政府由下列人员组成:市长、副市长、副市级咨询员、市长助理、秘书长,政府各组成部门的主任、局长。",
        who=(
            Role.HEAD,
            Role.DEPUTY,
            Role.COUNSELLOR,
            Role.MAYOR_ASSISTANT,
            Role.SECRETARY_GENERAL,
            Role.DEPARTMENT_HEAD,
        ),
        summary="市政府由市长、副市长、副市级咨询员、市长助理、秘书长和各组成部门的主任、局长组成",
    ),
    # 六、市政府实行市长负责制,市长领导市政府的全面工作。副市长、副市级咨询员、市长助理协助市长工作。
    Duty(
        id="head_responsibility_system",
        cite=XY.article(6),
        quote="市政府实行市长负责制,市长领导市政府的全面工作。副市长、副市级咨询员、市长助理协助市长工作。",
        who=(Role.HEAD, Role.DEPUTY, Role.COUNSELLOR, Role.MAYOR_ASSISTANT),
        summary="市长负责制：市长领导全面工作，副市长、副市级咨询员、市长助理协助市长",
    ),
    # 七、市长召集和主持 … 讨论决定市政府工作中的重大事项。 (convening: see the meeting rules under 39–41)
    Duty(
        id="head_decides_major_matters",
        cite=XY.article(7),
        quote="市长召集和主持市政府全体会议、常务会议、市长办公会议,讨论决定市政府工作中的重大事项。",
        who=(Role.HEAD,),
        summary="市长召集和主持全体会议、常务会议、市长办公会议，讨论决定重大事项",
    ),
    # 八、常务副市长负责市政府的常务工作,受市长委托召集和主持市政府常务会议。 (presiding: see executive_meeting)
    Duty(
        id="executive_deputy_standing_work",
        cite=XY.article(8),
        quote="常务副市长负责市政府的常务工作,受市长委托召集和主持市政府常务会议。",
        who=(Role.EXECUTIVE_DEPUTY,),
        summary="常务副市长负责市政府的常务工作，受市长委托召集和主持常务会议",
    ),
    # 九、副市长、副市级咨询员、市长助理按分工负责处理分管工作。…
    Duty(
        id="portfolio_leaders",
        cite=XY.article(9),
        quote="副市长、副市级咨询员、市长助理按分工负责处理分管工作。对工作中的重要情况和重大事项,应及时向市长报告。",
        who=_PORTFOLIO_LEADERS,
        summary="副市长、副市级咨询员、市长助理按分工处理分管工作，重要情况和重大事项及时报告市长；"
        "受市长委托负责其他工作或专项任务，可代表市政府进行外事活动",
    ),
    # 十、市政府秘书长在市长领导下,负责处理市政府的日常工作。
    Duty(
        id="secretary_general_daily_work",
        cite=XY.article(10),
        quote="市政府秘书长在市长领导下,负责处理市政府的日常工作。",
        who=(Role.SECRETARY_GENERAL,),
        summary="秘书长在市长领导下处理市政府日常工作（不是常务副市长：见第八条）",
        interpretation="secretary-general-daily-work",
    ),
    # 十一、市政府各组成部门的主任、局长负责本部门的工作。
    Duty(
        id="department_heads",
        cite=XY.article(11, paragraph=1),
        quote="市政府各组成部门的主任、局长负责本部门的工作。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="组成部门的主任、局长负责本部门工作",
    ),
    # 十一、各组成部门 … 在本部门的职权范围内发布规范性文件。
    Duty(
        id="department_normative_documents",
        cite=XY.article(11, paragraph=1),
        quote="各组成部门根据法律、法规、规章的规定,在本部门的职权范围内发布规范性文件。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="组成部门在职权范围内依法发布规范性文件（备案见第二十五条）",
    ),
    # 十七、… 把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的必经程序
    Duty(
        id="major_decision_procedure",
        cite=XY.article(17),
        quote="把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的必经程序",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="重大决策须经公众参与、专家论证、风险评估、合法性审查和集体讨论决定",
    ),
    # 十八、… 规范性文件出台等重大决策,由市政府全体会议或市政府常务会议讨论决定。
    Duty(
        id="major_decisions_at_plenary_or_executive",
        cite=XY.article(18),
        quote="大型项目建设和规范性文件出台等重大决策,由市政府全体会议或市政府常务会议讨论决定。",
        who=(Role.GOVERNMENT,),
        summary="计划、预算、重大规划、宏观调控和改革开放政策、重要经济社会事务、大型项目、规范性文件出台等"
        "重大决策由全体会议或常务会议讨论决定",
        interpretation="normative-which-meeting",
    ),
    # 十九、市政府各部门提请市政府讨论决定的重大决策建议、必须 … 论证评估和法律分析; …
    Duty(
        id="major_decision_proposals",
        cite=XY.article(19),
        quote="涉及多个部门的,应充分协商;涉及县市区的,应当事先征求意见;涉及重大公共利益和人民群众切身利益的,"
        "要向社会公开征求意见,必要时应举行听证会。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门提请的重大决策建议须以发展规划为依据，经调查研究、论证评估和法律分析；涉及多部门的充分协商，"
        "涉及县市区的事先征求意见，涉及重大公共利益的公开征求意见，必要时举行听证会",
    ),
    # 二十、市政府在作出重大决策前,根据需要通过召开座谈会等多种形式 … 听取 … 意见和建议。
    Duty(
        id="consultation_before_major_decisions",
        cite=XY.article(20, paragraph=1),
        quote="市政府在作出重大决策前,根据需要通过召开座谈会等多种形式",
        who=(Role.GOVERNMENT,),
        summary="重大决策前根据需要以座谈会等形式听取人大代表、政协委员、专家学者、基层群众等意见",
    ),
    # 二十 ¶2 在重大决策执行过程中,要跟踪决策的实施情况 … 全面评估决策执行效果,及时进行调整完善。
    Duty(
        id="decision_follow_up",
        cite=XY.article(20, paragraph=2),
        quote="在重大决策执行过程中,要跟踪决策的实施情况",
        who=(Role.GOVERNMENT,),
        summary="跟踪重大决策实施情况，评估执行效果，及时调整完善",
    ),
    # 二十一、… 并及时跟踪和反馈执行情况。市政府办公室要加强督促检查,确保政令畅通。
    Duty(
        id="implementation_and_supervision",
        cite=XY.article(21),
        quote="并及时跟踪和反馈执行情况。市政府办公室要加强督促检查,确保政令畅通。",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="各部门贯彻落实重大决策并及时反馈执行情况；市政府办公室督促检查",
    ),
    # 二十二、市长是市政府依法行政的第一责任人; …
    Duty(
        id="rule_of_law_responsibility",
        cite=XY.article(22),
        quote="市长是市政府依法行政的第一责任人;副市长、副市级咨询员按照分工对分管部门的依法行政工作负主要责任;",
        who=(
            Role.HEAD,
            Role.DEPUTY,
            Role.COUNSELLOR,
            Role.MAYOR_ASSISTANT,
            Role.SECRETARY_GENERAL,
            Role.DEPUTY_SECRETARY_GENERAL,
            Role.DEPARTMENT_HEAD,
        ),
        summary="依法行政责任：市长第一责任人；副市长、副市级咨询员对分管部门负主要责任；市长助理、秘书长、"
        "副秘书长协助；部门主要负责人为本部门第一责任人",
    ),
    # 二十四、拟订和制定与群众利益密切相关的规范性文件,原则上都要公布草案, …
    Duty(
        id="normative_drafts_published",
        cite=XY.article(24, paragraph=1),
        quote="拟订和制定与群众利益密切相关的规范性文件,原则上都要公布草案,扩大公众参与,向社会征求意见。",
        who=(Role.GOVERNMENT,),
        summary="市政府适时制定、修改或废止规范性文件；与群众利益密切相关的，原则上公布草案征求意见（无期限）",
        interpretation="in-principle-draft-publication",
    ),
    # 二十四 ¶2 规范性文件实施后要进行后评估,发现问题,及时完善。
    Duty(
        id="normative_post_evaluation",
        cite=XY.article(24, paragraph=2),
        quote="规范性文件实施后要进行后评估,发现问题,及时完善。",
        who=(Role.GOVERNMENT,),
        summary="规范性文件实施后进行后评估",
    ),
    # 二十五、涉及两个以上部门职权范围的事项,应由市政府发布决定或规定,或由有关部门联合制定规范性文件。
    Duty(
        id="cross_department_normative",
        cite=XY.article(25),
        quote="涉及两个以上部门职权范围的事项,应由市政府发布决定或规定,或由有关部门联合制定规范性文件。",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="涉及两个以上部门职权的事项，由市政府发布决定或规定，或由有关部门联合制定规范性文件",
    ),
    # 二十五、部门制定的规范性文件应当及时报市政府备案,由市政府法制办公室进行合法性审查并定期向市政府报告。
    Duty(
        id="department_normative_filing",
        cite=XY.article(25),
        quote="部门制定的规范性文件应当及时报市政府备案,由市政府法制办公室进行合法性审查并定期向市政府报告。",
        who=(Role.DEPARTMENT_HEAD, Role.LEGAL_AFFAIRS_HEAD),
        summary="部门规范性文件须符合上位规定并及时报市政府备案（无期限），法制办公室审查合法性并定期报告",
    ),
    # 二十六、市政府各部门提请市政府讨论的规范性文件草案,应由市政府法制办公室审查或组织起草,
    #         经市政府常务会议讨论通过后发布实施。
    Duty(
        id="normative_draft_legal_review",
        cite=XY.article(26),
        quote="市政府各部门提请市政府讨论的规范性文件草案,应由市政府法制办公室审查或组织起草,"
        "经市政府常务会议讨论通过后发布实施。",
        who=(Role.LEGAL_AFFAIRS_HEAD,),
        summary="部门提请的规范性文件草案先经法制办公室审查（或由其组织起草），再经常务会议讨论通过后发布",
        interpretation="normative-which-meeting",
    ),
    # 二十九、… 除依法需要保密的外,应及时公布。
    Duty(
        id="publish_decisions_and_normative",
        cite=XY.article(29),
        quote="市政府全体会议和常务会议讨论决定的事项、市政府及各部门制定的规范性文件,除依法需要保密的外,应及时公布。",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="全体会议、常务会议决定事项和规范性文件，除依法保密的外及时公布（无期限）",
        interpretation="no-publication-period",
    ),
    # 三十、凡涉及公共利益 … 均应通过政府网站、政府公报、新闻发布会 … 向社会公开。
    Duty(
        id="disclosure_channels",
        cite=XY.article(30),
        quote="均应通过政府网站、政府公报、新闻发布会以及报刊、广播、电视、网络等方式",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="涉及公共利益、需广泛知晓、社会关切或依法须公开的事项，通过网站、公报、发布会、媒体等向社会公开",
    ),
    # 三十一、… 在土地供应、工程建设、政府采购、产权交易等方面按规定严格实行公开招标、拍卖等制度。
    Duty(
        id="public_tendering",
        cite=XY.article(31),
        quote="在土地供应、工程建设、政府采购、产权交易等方面按规定严格实行公开招标、拍卖等制度。",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD),
        summary="重大事项决策公示、征询意见和听证；土地、工程、采购、产权交易按规定公开招标、拍卖",
    ),
    # 三十二、市政府要自觉接受市人大及其常务委员会的监督, … 依法备案市政府规范性文件;自觉接受市政协的民主监督
    Duty(
        id="congress_and_cppcc_supervision",
        cite=XY.article(32),
        quote="依法备案市政府规范性文件;自觉接受市政协的民主监督",
        who=(Role.GOVERNMENT,),
        summary="接受市人大及其常委会监督，报告工作、接受询问和质询，依法报备规范性文件；接受市政协民主监督",
    ),
    # 三十三、对司法监督和专项监督中发现的问题,要认真查处和整改,并及时向市政府报告。
    Duty(
        id="rectify_supervision_findings",
        cite=XY.article(33),
        quote="对司法监督和专项监督中发现的问题,要认真查处和整改,并及时向市政府报告。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门接受司法监督和监察、审计等专项监督，查处整改发现的问题并及时报告市政府",
    ),
    # 三十四、… 及时撤销或修改违反法律、行政法规的规范性文件,纠正违法或不当的行政行为。
    Duty(
        id="revoke_unlawful_normative",
        cite=XY.article(34),
        quote="及时撤销或修改违反法律、行政法规的规范性文件,纠正违法或不当的行政行为。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门执行规范性文件备案制度，及时撤销或修改违法的规范性文件",
    ),
    # 三十五、… 亲自阅批重要的群众来信, … 要建立回访复核制度
    Duty(
        id="petitions",
        cite=XY.article(35),
        quote="亲自阅批重要的群众来信,协调处理群众重要信访问题。",
        who=(*_PORTFOLIO_LEADERS, Role.HEAD, Role.DEPARTMENT_HEAD),
        summary="政府领导和部门负责人亲自阅批重要群众来信，协调重要信访问题；领导批办事项建立回访复核制度",
    ),
    # 三十六、对新闻媒体报道和反映的重要问题,各部门要积极主动地查处和整改,并及时向市政府报告。
    Duty(
        id="media_reported_problems",
        cite=XY.article(36),
        quote="对新闻媒体报道和反映的重要问题,各部门要积极主动地查处和整改,并及时向市政府报告。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门查处整改新闻媒体反映的重要问题，并及时报告市政府",
    ),
    # 三十八、市政府实行市政府全体会议、市政府常务会议、市长办公会议、市政府专项会议制度。
    Duty(
        id="meeting_system",
        cite=XY.article(38),
        quote="市政府实行市政府全体会议、市政府常务会议、市长办公会议、市政府专项会议制度。",
        who=(Role.GOVERNMENT,),
        summary="会议制度：全体会议、常务会议、市长办公会议、专项会议",
    ),
    # 三十九、市政府全体会议由市长、副市长、副市级咨询员、市长助理、秘书长和各组成部门的主任、局长组成,
    #         由市长召集和主持。… 根据需要可安排其他有关县市区政府和有关部门、单位负责人列席会议。
    MeetingRule(
        id="plenary_meeting",
        cite=XY.article(39),
        quote="市政府全体会议由市长、副市长、副市级咨询员、市长助理、秘书长和各组成部门的主任、局长组成,"
        "由市长召集和主持。",
        meeting=MeetingKind.PLENARY,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        members=(
            Role.HEAD,
            Role.EXECUTIVE_DEPUTY,
            Role.DEPUTY,
            Role.COUNSELLOR,
            Role.MAYOR_ASSISTANT,
            Role.SECRETARY_GENERAL,
            Role.DEPARTMENT_HEAD,
        ),
        # a bureau named by its post is one of 各组成部门的主任、局长: it may attend, and 部门主要负责同志 on
        # record may already stand for it (department-principals)
        optional_members=_DEPARTMENT_PRINCIPALS[1:],
        optional_non_voting=(Role.SUBORDINATE_GOVERNMENT_HEAD, Role.UNIT_HEAD),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        interpretation="deputies-include-executive-deputy",
        organisers=_ORGANISERS,
    ),
    # 三十九（一）讨论决定市政府工作中的重大事项; …（四）讨论其他需要市政府全体会议讨论的事项。
    Duty(
        id="plenary_tasks",
        cite=(XY.article(39, item=1), XY.article(39, item=2), XY.article(39, item=3), XY.article(39, item=4)),
        quote="讨论决定市政府工作中的重大事项",
        who=(Role.GOVERNMENT,),
        summary="全体会议：讨论决定重大事项，部署重要工作，分析经济社会发展形势、通报重要情况，讨论其他事项",
    ),
    # 三十九、市政府全体会议一般每半年召开一次
    RhythmRule(
        id="plenary_rhythm",
        cite=XY.article(39, paragraph=2),
        quote="市政府全体会议一般每半年召开一次",
        meeting=MeetingKind.PLENARY,
        rhythm=Rhythm(1, "HALF_YEAR"),
        interpretation="generally-as-rhythm",
    ),
    # 四十、市政府常务会议由市长、副市长、副市级咨询员、市长助理、秘书长组成,由市长或市长委托常务副市长召集和主持。
    #       … 根据需要可安排有关部门、单位负责人列席。
    MeetingRule(
        id="executive_meeting",
        cite=(XY.article(40), XY.article(8)),
        quote="市政府常务会议由市长、副市长、副市级咨询员、市长助理、秘书长组成,由市长或市长委托常务副市长召集和主持。",
        meeting=MeetingKind.EXECUTIVE,
        convened_as_presided=True,  # 召集和主持 (meeting-convener)
        # the 市长 attends whenever he presides; when the 常务副市长 presides on his commission, his absence is
        # what the commission presumes (executive-deputy-presides-on-commission): not a required member here
        members=(
            Role.EXECUTIVE_DEPUTY,
            Role.DEPUTY,
            Role.COUNSELLOR,
            Role.MAYOR_ASSISTANT,
            Role.SECRETARY_GENERAL,
        ),
        # 有关部门、单位负责人列席 — whether a 县市区政府 is a 单位 here the text leaves open (40(六) puts their
        # requests on the agenda; 39 names them apart): not an outsider (executive-meeting-observers)
        optional_non_voting=(*_DEPARTMENT_PRINCIPALS, Role.UNIT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        convener=Role.HEAD,
        presiders=(Role.HEAD, Role.EXECUTIVE_DEPUTY),
        interpretation="executive-deputy-presides-on-commission",
        organisers=_ORGANISERS,
    ),
    # 四十（一）传达 … 重要指示和决定 …（五）审议 … 规划和年度计划以及年度财政收支预算 …（八）其他事项。
    Duty(
        id="executive_tasks",
        cite=(XY.article(40, item=1), XY.article(40, item=5), XY.article(40, item=6), XY.article(40, item=8)),
        quote="讨论决定市政府各工作部门、直属机构和各县市区政府请示市人民政府的重要事项",
        who=(Role.GOVERNMENT,),
        summary="常务会议：传达上级重要指示并提出贯彻意见；审议规划、年度计划和预算调整；讨论决定部门、直属机构和"
        "县市区请示的重要事项；通报和讨论其他事项",
    ),
    # 四十（二）讨论通过需要上报省政府和市委审定的重要报告和请示;
    Duty(
        id="executive_adopts_upward_documents",
        cite=XY.article(40, item=2),
        quote="讨论通过需要上报省政府和市委审定的重要报告和请示",
        who=(Role.GOVERNMENT,),
        summary="上报省政府和市委审定的重要报告和请示，先经常务会议讨论通过（再由市长签署，见第五十一、五十二条）",
    ),
    # 四十（三）讨论通过提请市人大及其常务委员会审议的政府工作报告等议案;
    Duty(
        id="executive_adopts_motions",
        cite=XY.article(40, item=3),
        quote="讨论通过提请市人大及其常务委员会审议的政府工作报告等议案",
        who=(Role.GOVERNMENT,),
        summary="提请市人大及其常委会审议的议案，先经常务会议讨论通过",
    ),
    # 四十（四）讨论通过市政府制定、发布的规范性文件和重大行政措施;
    Duty(
        id="executive_adopts_normative",
        cite=XY.article(40, item=4),
        quote="讨论通过市政府制定、发布的规范性文件和重大行政措施",
        who=(Role.GOVERNMENT,),
        summary="市政府制定、发布的规范性文件和重大行政措施，经常务会议讨论通过",
        interpretation="normative-which-meeting",
    ),
    # 四十（七）讨论决定市政府管理的人事任免及奖惩事项;
    Duty(
        id="executive_decides_personnel",
        cite=XY.article(40, item=7),
        quote="讨论决定市政府管理的人事任免及奖惩事项",
        who=(Role.GOVERNMENT,),
        summary="市政府管理的人事任免及奖惩事项由常务会议讨论决定",
    ),
    # 四十、市政府常务会议一般每月召开两次,如有需要可临时召开。
    RhythmRule(
        id="executive_rhythm",
        cite=XY.article(40, paragraph=2),
        quote="市政府常务会议一般每月召开两次",
        meeting=MeetingKind.EXECUTIVE,
        rhythm=Rhythm(2, "MONTH"),
        interpretation="generally-as-rhythm",
    ),
    Duty(
        id="executive_ad_hoc_sessions",
        cite=XY.article(40, paragraph=2),
        quote="如有需要可临时召开",
        who=(Role.HEAD,),
        summary="常务会议如有需要可临时召开（在每月两次之外）",
    ),
    # 四十一、市长办公会议由市长召集,有关副市长、副市级咨询员、市长助理、秘书长、相关副秘书长、办公室主任和
    #         有关部门、县市区负责人参加会议。
    MeetingRule(
        id="head_office_meeting",
        cite=XY.article(41, paragraph=1),
        quote="市长办公会议由市长召集,有关副市长、副市级咨询员、市长助理、秘书长、相关副秘书长、办公室主任和"
        "有关部门、县市区负责人参加会议。",
        meeting=MeetingKind.HEAD_OFFICE,
        convened_as_presided=True,  # 四十一 「由市长召集」 (meeting-convener)
        members=(Role.HEAD,),
        # 有关 … 秘书长、相关副秘书长、办公室主任: whether 有关/相关 reach the 秘书长 and the 办公室主任 is open
        optional_members=(Role.SECRETARY_GENERAL, Role.OFFICE_DIRECTOR),
        optional_non_voting=(
            Role.DEPUTY,
            Role.EXECUTIVE_DEPUTY,
            Role.COUNSELLOR,
            Role.MAYOR_ASSISTANT,
            Role.DEPUTY_SECRETARY_GENERAL,
            *_DEPARTMENT_PRINCIPALS,
            Role.SUBORDINATE_GOVERNMENT_HEAD,
        ),
        convener=Role.HEAD,
        presiders=(Role.HEAD,),
        interpretation="head-office-participants",
        organisers=(Role.OFFICE_DEPUTY_DIRECTOR, Role.OFFICE_CLERK),
    ),
    # 四十一（一）协调市政府工作中的一些专题问题; …（三）讨论其他需市长办公会议决定的事项。
    Duty(
        id="head_office_tasks",
        cite=(XY.article(41, item=1), XY.article(41, item=2), XY.article(41, item=3)),
        quote="讨论处理不需市政府全体会、常务会议决定而市政府领导个人又不好决定的事情",
        who=(Role.HEAD,),
        summary="市长办公会议：协调专题问题；处理不需全体会议、常务会议决定而领导个人又不好决定的事情；其他事项",
    ),
    # 四十一、市长办公会议根据需要不定期召开。 (no rhythm: deliberately no RhythmRule)
    Duty(
        id="head_office_irregular",
        cite=XY.article(41, paragraph=2),
        quote="市长办公会议根据需要不定期召开。",
        who=(Role.HEAD,),
        summary="市长办公会议根据需要不定期召开（无固定频次）",
    ),
    # 四十二、副市长、副市级咨询员、市长助理、秘书长受市长委托或按照分工召开市政府专项会议, …
    #         副秘书长受市政府领导同志的委托召开有关专题会议,协调处理有关工作。
    MeetingRule(
        id="topical_meeting",
        cite=XY.article(42),
        quote="副市长、副市级咨询员、市长助理、秘书长受市长委托或按照分工召开市政府专项会议",
        meeting=MeetingKind.TOPICAL,
        presiders=(
            Role.DEPUTY,
            Role.EXECUTIVE_DEPUTY,
            Role.COUNSELLOR,
            Role.MAYOR_ASSISTANT,
            Role.SECRETARY_GENERAL,
            Role.DEPUTY_SECRETARY_GENERAL,
        ),
        interpretation="special-and-topical-meetings",
    ),
    Duty(
        id="deputy_secretary_general_topical_meetings",
        cite=XY.article(42),
        quote="副秘书长受市政府领导同志的委托召开有关专题会议,协调处理有关工作。",
        who=(Role.DEPUTY_SECRETARY_GENERAL,),
        summary="副秘书长只有受市政府领导同志委托才召开专题会议",
        interpretation="special-and-topical-meetings",
    ),
    # 四十三、提请 … 讨论的议题,由市政府分管领导同志充分协调或审核后提出明确处理意见,报市长审定。
    Duty(
        id="agenda_items_approved_by_head",
        cite=XY.article(43),
        quote="由市政府分管领导同志充分协调或审核后提出明确处理意见,报市长审定。",
        who=(*_PORTFOLIO_LEADERS, Role.HEAD),
        summary="全体会议、常务会议、市长办公会议的议题，由分管领导协调或审核并提出明确处理意见，报市长审定",
        interpretation="agenda-requirement-missing",
    ),
    # 四十三、… 的组织工作由市政府办公室秘书科负责,文件和议题于会前送达与会人员。
    AgendaRule(
        id="materials_before_meeting",
        cite=XY.article(43),
        quote="组织工作由市政府办公室秘书科负责,文件和议题于会前送达与会人员。",
        meetings=(MeetingKind.PLENARY, MeetingKind.EXECUTIVE, MeetingKind.HEAD_OFFICE),
        requirement=AgendaRequirement.MATERIALS_IN_TIME,
        in_advance=True,
        interpretation="before-the-meeting-no-amount",
    ),
    # 四十三、汇报发言一般不超过10分钟,讨论发言一般不超过5分钟
    Duty(
        id="speech_time_limits",
        cite=XY.article(43),
        quote="汇报发言一般不超过10分钟,讨论发言一般不超过5分钟",
        summary="会议汇报发言一般不超过10分钟，讨论发言一般不超过5分钟",
        interpretation="durations-not-deadlines",
    ),
    # 四十四、… 的组成人员必须按时出席会议, … 如对议题有意见或建议,可在会前提出。
    Duty(
        id="members_attend_on_time",
        cite=XY.article(44),
        quote="市政府全体会议、常务会议、市长办公会议的组成人员必须按时出席会议",
        summary="三类会议组成人员按时出席；对议题的意见或建议可在会前提出",
    ),
    # 四十四、市政府全体会议、常务会议、市长办公会议的组成人员 … 如有特殊情况不能出席,须向市长请假,
    #         并向市政府办公室报告; — the members of each meeting (39, 40, 41), not those who may sit in (列席),
    #         and not the 市长, to whom the leave is asked (members-ask-leave)
    LeaveRule(
        id="meeting_absence",
        cite=(XY.article(44), XY.article(39, paragraph=1)),
        quote="如有特殊情况不能出席,须向市长请假,并向市政府办公室报告",
        when=LeaveIs(
            role=(*_PLENARY_MEMBERS, *_DEPARTMENT_PRINCIPALS),
            kind=LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.PLENARY,
        ),
        approvers=(Role.HEAD,),
        approvers_in_order=False,  # one asked; another's approval too is no breach (leave-approvals-unordered)
        notify=(Role.GOVERNMENT_OFFICE,),
        # 四十四 「并向市政府办公室报告」
        notify_verb="向{}报告",
        interpretation="members-ask-leave",
    ),
    LeaveRule(
        id="executive_meeting_absence",
        cite=(XY.article(44), XY.article(40, paragraph=1)),
        quote="如有特殊情况不能出席,须向市长请假,并向市政府办公室报告",
        when=LeaveIs(role=_PLENARY_MEMBERS, kind=LeaveKind.MEETING_ABSENCE, meeting=MeetingKind.EXECUTIVE),
        approvers=(Role.HEAD,),
        approvers_in_order=False,  # one asked; another's approval too is no breach (leave-approvals-unordered)
        notify=(Role.GOVERNMENT_OFFICE,),
        # 四十四 「并向市政府办公室报告」
        notify_verb="向{}报告",
        interpretation="members-ask-leave",
    ),
    LeaveRule(
        id="head_office_meeting_absence",
        cite=(XY.article(44), XY.article(41, paragraph=1)),
        quote="如有特殊情况不能出席,须向市长请假,并向市政府办公室报告",
        when=LeaveIs(
            # 41 says 参加, not 组成: 44's 组成人员 of this meeting are those it convenes, or the 市政府组成人员 (5) it
            # convenes; under both the leaders and the department principals, not the 副秘书长, the 办公室主任 or
            # the 县市区 heads (head-office-absence-government-members)
            role=(*_PLENARY_MEMBERS, *_DEPARTMENT_PRINCIPALS),
            kind=LeaveKind.MEETING_ABSENCE,
            meeting=MeetingKind.HEAD_OFFICE,
        ),
        approvers=(Role.HEAD,),
        approvers_in_order=False,  # one asked; another's approval too is no breach (leave-approvals-unordered)
        notify=(Role.GOVERNMENT_OFFICE,),
        # 四十四 「并向市政府办公室报告」
        notify_verb="向{}报告",
        interpretation="head-office-absence-government-members",
    ),
    # 四十五、市政府全体会议、常务会议、市长办公会议的纪要,由市长签发; — the specific rule for minutes
    SigningRule(
        id="minutes_of_main_meetings",
        cite=XY.article(45),
        quote="市政府全体会议、常务会议、市长办公会议的纪要,由市长签发",
        when=DocumentIs(kind=DocumentKind.MINUTES, meeting=_MAIN_MEETINGS),
        signer=Role.HEAD,
        overrides=(
            "government_document",
            "office_document",
            "normative_by_head",
            "motion_to_congress",
            "to_provincial_departments_major",
        ),
        interpretation="minutes-over-issuer-rules",
    ),
    # 四十五、市政府专项会议纪要由主持会议或委托召开会议的市政府领导同志签发。
    SigningRule(
        id="minutes_of_topical_meetings",
        cite=(XY.article(45), XY.article(42)),
        quote="市政府专项会议纪要由主持会议或委托召开会议的市政府领导同志签发",
        when=DocumentIs(kind=DocumentKind.MINUTES, meeting=MeetingKind.TOPICAL),
        signer=Role.MEETING_CHAIR,
        # 或: either signs in their own right; the leaders 42 lets hold a 专项会议 do so 受市长委托 or 按照分工, so the
        # one who can have commissioned it is the 市长
        or_signers=(Role.HEAD,),
        note="市长签发的，以会议受市长委托召开为限（委托召开会议的市政府领导同志，第四十二条）",
        overrides=(
            "government_document",
            "office_document",
            "normative_by_head",
            "motion_to_congress",
            "to_provincial_departments_major",
        ),
        interpretation="chair-or-commissioning-leader",
    ),
    # 四十五 with 四十二: a 专题会议 a 副秘书长 chaired on commission — a 副秘书长 is not a 市政府领导同志, so the
    # leader who commissioned the meeting signs.
    SigningRule(
        id="minutes_of_commissioned_topical_meetings",
        cite=(XY.article(45), XY.article(42)),
        quote="委托召开会议的市政府领导同志签发",
        when=DocumentIs(
            kind=DocumentKind.MINUTES, meeting=MeetingKind.TOPICAL, presided_by=Role.DEPUTY_SECRETARY_GENERAL
        ),
        signer=Role.COMMISSIONING_LEADER,
        # who commissioned the meeting is not on record: any 市政府领导同志 may have (42)
        or_signers=(Role.HEAD, *_PORTFOLIO_LEADERS, Role.SECRETARY_GENERAL),
        note="委托召开会议的市政府领导同志未载明，市长、副市长、副市级咨询员、市长助理、秘书长中任一签发均不视为违规",
        overrides=("minutes_of_topical_meetings",),
        interpretation="chair-or-commissioning-leader",
    ),
    # 四十五、会议讨论决定的事项,依法应公开的,应及时宣传报道;新闻稿件须经秘书长或有关副秘书长审定,
    #         如有需要,报市长审定。
    Duty(
        id="meeting_news_release",
        cite=XY.article(45),
        quote="新闻稿件须经秘书长或有关副秘书长审定,如有需要,报市长审定。",
        who=(Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL, Role.HEAD),
        summary="会议决定事项依法应公开的及时宣传报道；新闻稿件由秘书长或有关副秘书长审定，如有需要报市长审定",
    ),
    # 四十六、凡中、省由部门召开的会议,不得升格为市政府的会议。能由部门或部门联合召开的会议,不以市政府名义召开,
    #         … 确需邀请的须报市政府批准。
    Duty(
        id="department_meetings_stay_departmental",
        cite=XY.article(46, paragraph=1),
        quote="能由部门或部门联合召开的会议,不以市政府名义召开,也不以市政府办公室名义下发会议通知,"
        "且不邀请各县市区政府的负责同志出席,不请市政府分管领导到会讲话,确需邀请的须报市政府批准。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="中、省部门会议不升格为市政府会议；部门能开的会不以市政府或其办公室名义召开、通知，不邀请县市区"
        "政府负责同志、不请分管领导讲话，确需邀请的报市政府批准",
    ),
    # 四十六 ¶2 除特殊情况外,以市政府名义召开的全市会议,必须经市政府常务会议或市政府主要领导研究确定。
    # — more specific than 四十九 (submissions approved by the leader in charge): a request to hold one is
    # settled by the 市长 (or the executive meeting, a body: said in the explanation).
    ApprovalRule(
        id="citywide_meeting_approval",
        cite=XY.article(46, paragraph=2),
        quote="除特殊情况外,以市政府名义召开的全市会议,必须经市政府常务会议或市政府主要领导研究确定。",
        when=DocumentIs(kind=DocumentKind.REQUEST, issuer=_SUBMITTERS, meeting=MeetingKind.WORK_CONFERENCE),
        approver=Role.HEAD,
        note="或经市政府常务会议研究确定",
        hedge=True,  # 除特殊情况外: a special case the record cannot show (principal-leader-is-head, round 4)
        overrides=_GENERAL_APPROVALS,
        interpretation="principal-leader-is-head",
    ),
    # 四十七、全市性会议应尽可能采用电视电话会议 … 一般不超过半个工作日,电视电话会议一般不超过60分钟,
    #         原则上只安排一名领导出席会议,其他领导不陪会;
    Duty(
        id="citywide_meeting_format",
        cite=XY.article(47),
        quote="一般不超过半个工作日,电视电话会议一般不超过60分钟,原则上只安排一名领导出席会议,其他领导不陪会",
        summary="全市性会议尽可能开电视电话会议，一般不超过半个工作日（电视电话会议60分钟），原则上只安排一名领导出席",
        interpretation="durations-not-deadlines",
    ),
    # 四十七 … 原则上只安排一名领导出席会议,其他领导不陪会 — a 全市性会议 (工作会议) with two leaders of the 市政府
    # on record is a departure (a warning: 原则上). Counted: the 市长 and the 副市长 (常务 too), leaders under every
    # reading; the 副市级咨询员, 市长助理 and 秘书长 are not counted (whether 四十七's 领导 means them is not
    # certain). Who else attends a 全市性会议 the text leaves open (composition not checked). (one-leader)
    MeetingRule(
        id="citywide_meeting_one_leader",
        meeting=MeetingKind.WORK_CONFERENCE,
        max_leaders=1,
        leaders=(Role.HEAD, Role.EXECUTIVE_DEPUTY, Role.DEPUTY),
        cite=XY.article(47),
        quote="原则上只安排一名领导出席会议,其他领导不陪会",
        # said with every answer that applies it: what is not counted is not passed unsaid
        note="副市级咨询员、市长助理、秘书长是否属第四十七条所称“领导”，文本未明确，未计入人数",
        interpretation="one-leader",
    ),
    # 四十八、… 除市政府领导交办事项和必须直接报送的绝密事项外,均应由市政府办公室按办文程序处理,
    #         不得直接报送市政府领导同志或多头报送。
    Duty(
        id="documents_through_office",
        cite=XY.article(48),
        quote="除市政府领导交办事项和必须直接报送的绝密事项外,均应由市政府办公室按办文程序处理,"
        "不得直接报送市政府领导同志或多头报送。",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPARTMENT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        summary="部门和县市区报送市政府的公文经市政府办公室办理，不得直接报送领导或多头报送（领导交办和绝密事项除外）",
    ),
    # 四十九、… 由市政府办公室按照市政府领导分工呈批,由市政府分管领导同志根据需要转请市政府其他领导核批,
    #         重大事项报市长审批。
    Duty(
        id="approval_routing",
        cite=XY.article(49),
        quote="由市政府办公室按照市政府领导分工呈批,由市政府分管领导同志根据需要转请市政府其他领导核批,"
        "重大事项报市长审批。",
        who=(Role.GOVERNMENT_OFFICE, *_PORTFOLIO_LEADERS, Role.HEAD),
        summary="报送市政府审批的公文由办公室按分工呈批分管领导，分管领导根据需要转请其他领导核批，重大事项报市长审批",
        interpretation="incoming-approval-not-signing",
    ),
    # 四十九、… 由市政府办公室按照市政府领导分工呈批 — with 五十、市政府领导同志审批公文特别是具有请示事项的公文,
    #         … 应有明确的办理意见: every approval, not only of a 请示, carries a written opinion.
    ApprovalRule(
        id="submission_approved_by_leader_in_charge",
        cite=(XY.article(49), XY.article(50)),
        quote="由市政府办公室按照市政府领导分工呈批",
        when=DocumentIs(issuer=_SUBMITTERS, addressee=_TO_GOVERNMENT),
        approver=Role.DEPUTY,
        # 分管领导同志: the 副市级咨询员 and 市长助理 hold portfolios too (9, 22); the 市长 when the leader in charge
        # passes it on (根据需要转请市政府其他领导核批), which the record does not show
        or_approvers=(Role.COUNSELLOR, Role.MAYOR_ASSISTANT, Role.HEAD),
        note="市长审批的，以分管领导同志根据需要转请核批为限（第四十九条）",
        opinion_required=True,
        # 49 routes it; 50 「审批公文特别是具有请示事项的公文…应有明确的办理意见」 asks the opinion
        opinion_cite=XY.article(50),
        interpretation="incoming-approval-not-signing",
    ),
    # 四十九、… 重大事项报市长审批。
    ApprovalRule(
        id="major_submission_approved_by_head",
        cite=(XY.article(49), XY.article(50)),
        quote="重大事项报市长审批。",
        when=DocumentIs(issuer=_SUBMITTERS, addressee=_TO_GOVERNMENT, matters=Matter.MAJOR),
        approver=Role.HEAD,
        opinion_required=True,
        opinion_cite=XY.article(50),
        overrides=("submission_approved_by_leader_in_charge",),
        interpretation="incoming-approval-not-signing",
    ),
    # 五十、市政府领导同志审批公文 … 应有明确的办理意见,并用钢笔、毛笔或签字笔签署本人姓名和审批日期。
    Duty(
        id="approval_signature_form",
        cite=XY.article(50),
        quote="应有明确的办理意见,并用钢笔、毛笔或签字笔签署本人姓名和审批日期。",
        who=(*_PORTFOLIO_LEADERS, Role.HEAD, Role.SECRETARY_GENERAL),
        summary="领导审批、签发公文须写明确的办理意见，用钢笔、毛笔或签字笔签署姓名和日期",
        interpretation="no-circle-rule",
    ),
    # 五十一、市政府报送省政府审批的公文, … 由市长签署。 — 52's 分管副市长 review applies as well
    SigningRule(
        id="upward_to_province",
        cite=(XY.article(51), XY.article(52)),
        quote="市政府报送省政府审批的公文",
        when=DocumentIs(kind=DocumentKind.REQUEST, issuer=Issuer.GOVERNMENT, addressee=Addressee.HIGHER_GOVERNMENT),
        signer=Role.HEAD,
        reviewers=(Role.DEPUTY,),
        reviewer_cites=DEPUTY_REVIEW_CITE,
        review_alternatives=_IN_CHARGE_REVIEW,
        note=_IN_CHARGE_NOTE,
        verb="签署",  # 51 「由市长签署」
        interpretation="article-51-with-52-review",
    ),
    # 五十一、市政府发布的决定、规定、办法等规范性文件 … 由市长签署。
    SigningRule(
        id="normative_by_head",
        cite=(XY.article(51), XY.article(52)),
        quote="市政府发布的决定、规定、办法等规范性文件",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, matters=Matter.NORMATIVE),
        signer=Role.HEAD,
        reviewers=(Role.DEPUTY,),
        reviewer_cites=DEPUTY_REVIEW_CITE,
        review_alternatives=_IN_CHARGE_REVIEW,
        note=_IN_CHARGE_NOTE,
        verb="签署",  # 51 「由市长签署」
        overrides=("to_provincial_departments",),
        interpretation="article-51-with-52-review",
    ),
    # 五十一、向市人民代表大会及其常务委会员提出的议案、人事任免等,由市长签署。
    SigningRule(
        id="motion_to_congress",
        cite=(XY.article(51), XY.article(52)),
        quote="向市人民代表大会及其常务委会员提出的议案、人事任免等,由市长签署。",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=Addressee.PEOPLES_CONGRESS),
        signer=Role.HEAD,
        reviewers=(Role.DEPUTY,),
        reviewer_cites=DEPUTY_REVIEW_CITE,
        review_alternatives=_IN_CHARGE_REVIEW,
        note=_IN_CHARGE_NOTE,
        verb="签署",  # 51 「由市长签署」
        interpretation="personnel-proposed-to-congress",
    ),
    # 五十一、… 议案 … 由市长签署。 — a 议案 is proposed to the 人大 by its nature, so one on record without an
    #         addressee is still 51's (motions-go-to-congress)
    SigningRule(
        id="motion_without_addressee",
        cite=(XY.article(51), XY.article(52)),
        quote="向市人民代表大会及其常务委会员提出的议案、人事任免等,由市长签署。",
        when=DocumentIs(kind=DocumentKind.MOTION, issuer=Issuer.GOVERNMENT, addressee=(None,)),
        signer=Role.HEAD,
        reviewers=(Role.DEPUTY,),
        reviewer_cites=DEPUTY_REVIEW_CITE,
        review_alternatives=_IN_CHARGE_REVIEW,
        note=_IN_CHARGE_NOTE,
        verb="签署",  # 51 「由市长签署」
        interpretation="motions-go-to-congress",
    ),
    # 五十一、市政府报送省政府各部门的公文,一般由分管副市长签发, — more specific than 五十二
    SigningRule(
        id="to_provincial_departments",
        cite=XY.article(51),
        quote="市政府报送省政府各部门的公文,一般由分管副市长签发",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=Addressee.HIGHER_DEPARTMENT),
        signer=Role.DEPUTY,
        alternates=(Alternate(Role.HEAD, AlternateBasis.NECESSITY),),
        overrides=("government_document",),
        interpretation="provincial-departments-generally-deputy",
    ),
    # 五十一、重大事项由市长或市长委托常务副市长签发。
    SigningRule(
        id="to_provincial_departments_major",
        cite=(XY.article(51), XY.article(52)),
        quote="重大事项由市长或市长委托常务副市长签发。",
        when=DocumentIs(issuer=Issuer.GOVERNMENT, addressee=Addressee.HIGHER_DEPARTMENT, matters=Matter.MAJOR),
        signer=Role.HEAD,
        reviewers=(Role.DEPUTY,),
        reviewer_cites=DEPUTY_REVIEW_CITE,
        review_alternatives=_IN_CHARGE_REVIEW,
        note=_IN_CHARGE_NOTE,
        alternates=(Alternate(Role.EXECUTIVE_DEPUTY, AlternateBasis.AUTHORIZATION),),
        overrides=("to_provincial_departments",),
        interpretation="provincial-departments-generally-deputy",
    ),
    # 五十二、以市政府名义发文,经分管副市长审核后,由市长签发。 — the general rule for the city government's name
    SigningRule(
        id="government_document",
        cite=XY.article(52),
        quote="以市政府名义发文,经分管副市长审核后,由市长签发。",
        when=DocumentIs(issuer=Issuer.GOVERNMENT),
        signer=Role.HEAD,
        reviewers=(Role.DEPUTY,),
        review_alternatives=_IN_CHARGE_REVIEW,
        note=_IN_CHARGE_NOTE,
        interpretation="deputy-in-charge-means-leader-in-charge",
    ),
    # 五十二、以市政府办公室名义发文,由市政府秘书长签发;如有需要,可按工作分工由市政府分管领导同志签发或核报市长签发。
    SigningRule(
        id="office_document",
        cite=XY.article(52),
        quote="以市政府办公室名义发文,由市政府秘书长签发;如有需要,可按工作分工由市政府分管领导同志签发或核报市长签发。",
        when=DocumentIs(issuer=Issuer.GOVERNMENT_OFFICE),
        signer=Role.SECRETARY_GENERAL,
        alternates=tuple(Alternate(r, AlternateBasis.NECESSITY) for r in (*_PORTFOLIO_LEADERS, Role.HEAD)),
        note="市政府领导同志签发的，按工作分工由分管该项工作者签发，或核报市长签发",
        interpretation="office-documents-if-needed",
    ),
    # 五十三、市政府及市政府办公室的公文,除需要保密的外,应按有关程序及时向社会公布。
    Duty(
        id="publish_documents",
        cite=XY.article(53),
        quote="市政府及市政府办公室的公文,除需要保密的外,应按有关程序及时向社会公布。",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="市政府及其办公室的公文，除需保密的外及时向社会公布（无期限）",
        interpretation="no-publication-period",
    ),
    # 五十四、市政府各部门和各县市区政府可不向市政府报送年终工作总结。
    Duty(
        id="no_annual_summary_required",
        cite=XY.article(54),
        quote="市政府各部门和各县市区政府可不向市政府报送年终工作总结。",
        who=(Role.DEPARTMENT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        summary="部门和县市区政府可不报送年终工作总结",
    ),
    # 五十四、确需报送市政府审批的请示性公文,由市政府工作部门、县市区政府的主要负责同志签发,
    #         并在报送的正式文件上注明签发人。
    SigningRule(
        id="department_request",
        cite=XY.article(54),
        quote="确需报送市政府审批的请示性公文,由市政府工作部门、县市区政府的主要负责同志签发",
        when=DocumentIs(kind=DocumentKind.REQUEST, issuer=Issuer.DEPARTMENT, addressee=_TO_GOVERNMENT),
        signer=Role.DEPARTMENT_HEAD,
        or_signers=_DEPARTMENT_PRINCIPALS[1:],
        interpretation="requests-to-the-city-only",
    ),
    SigningRule(
        id="subordinate_government_request",
        cite=XY.article(54),
        quote="确需报送市政府审批的请示性公文,由市政府工作部门、县市区政府的主要负责同志签发",
        when=DocumentIs(kind=DocumentKind.REQUEST, issuer=Issuer.SUBORDINATE_GOVERNMENT, addressee=_TO_GOVERNMENT),
        signer=Role.SUBORDINATE_GOVERNMENT_HEAD,
        interpretation="requests-to-the-city-only",
    ),
    Duty(
        id="signer_shown_on_request",
        cite=XY.article(54),
        quote="并在报送的正式文件上注明签发人",
        who=(Role.DEPARTMENT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        summary="部门和县市区报送市政府的请示，须在正式文件上注明签发人",
    ),
    # 五十五、严格控制市政府发文数量,凡法律、法规、规章已作出明确规定的,一律不再制发文件; …
    Duty(
        id="fewer_documents",
        cite=XY.article(55),
        quote="凡法律、法规、规章已作出明确规定的,一律不再制发文件;凡没有实质内容,可发可不发的文件简报,一律不发;",
        who=(Role.GOVERNMENT, Role.GOVERNMENT_OFFICE),
        summary="不重复法规发文，不发无实质内容的文件简报，中省已发至县团级的不另发贯彻意见，已开会、见报、"
        "印发纪要或可电话传真传达的不再发文",
    ),
    # 五十六、属部门职权范围内的事务,由部门自行发文或联合发文,不得要求市政府批转或市政府办公室转发。
    Duty(
        id="departments_issue_own_documents",
        cite=XY.article(56),
        quote="属部门职权范围内的事务,由部门自行发文或联合发文,不得要求市政府批转或市政府办公室转发。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门职权内事务由部门自行或联合发文，不得要求市政府批转或办公室转发",
    ),
    # 五十六、… 确需以市政府名义表彰通报或授予荣誉称号的,按程序报经市政府常务会议研究审定后, …
    Duty(
        id="honours_need_executive",
        cite=XY.article(56),
        quote="确需以市政府名义表彰通报或授予荣誉称号的,按程序报经市政府常务会议研究审定后,"
        "市政府一般只发给个人奖状或证书。",
        who=(Role.GOVERNMENT,),
        summary="单项工作和部门、系统、县市区的先进不以市政府决定表彰；确需以市政府名义表彰或授予荣誉称号的，"
        "经常务会议审定，一般只发个人奖状或证书",
    ),
    # 五十七、报送市政府审批的公文和代市政府起草的文稿,主办部门的主要负责同志要认真审核,严格把关。
    Duty(
        id="lead_department_review",
        cite=XY.article(57),
        quote="报送市政府审批的公文和代市政府起草的文稿,主办部门的主要负责同志要认真审核,严格把关。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="报送市政府审批的公文和代拟文稿，由主办部门主要负责同志审核把关",
        interpretation="lead-department-review-not-a-reviewer",
    ),
    # 五十七、涉及其他部门工作的,应主动与协办部门充分协商, … 由分管副市长提出办理建议报市长审定。
    Duty(
        id="interdepartmental_disagreement",
        cite=XY.article(57),
        quote="由分管副秘书长或秘书长或分管副市长负责进行协调,仍不能取得一致意见时,应列出各方理据,"
        "由分管副市长提出办理建议报市长审定。",
        who=(Role.DEPARTMENT_HEAD, Role.DEPUTY_SECRETARY_GENERAL, Role.SECRETARY_GENERAL, Role.DEPUTY, Role.HEAD),
        summary="涉及其他部门的与协办部门协商；不能一致的，主办部门列出依据报市政府，由分管副秘书长、秘书长或分管"
        "副市长协调；仍不一致的，分管副市长提出建议报市长审定",
    ),
    # 五十八、报送市政府的请示,必须符合“一文一事”的原则,
    Duty(
        id="one_document_one_matter",
        cite=XY.article(58),
        quote="报送市政府的请示,必须符合“一文一事”的原则",
        who=(Role.DEPARTMENT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        summary="报送市政府的请示一文一事",
    ),
    # 五十八、市政府一般自收文之日起10个工作日内办复。
    DeadlineRule(
        id="request_reply",
        cite=XY.article(58),
        quote="市政府一般自收文之日起10个工作日内办复",
        period=Period(10, WORKDAY, AFTER),
        anchor="收文",
        action="市政府办复请示",
        hedge=True,  # 一般 qualifies 自收文之日起10个工作日内办复, the verb phrase (the pattern does not read 一般自)
        interpretation="receipt-day-not-counted",
    ),
    # 五十八、部门会签文件,有关部门自收文之日起5个工作日内签复。
    DeadlineRule(
        id="countersign_reply",
        cite=XY.article(58),
        quote="部门会签文件,有关部门自收文之日起5个工作日内签复。",
        period=Period(5, WORKDAY, AFTER),
        anchor="收文",
        action="有关部门签复会签文件",
        interpretation="receipt-day-not-counted",
    ),
    # 五十八、不能在规定时限内办复的,要向来文单位说明原因。紧急事项,要急事急办、特事特办。
    Duty(
        id="late_reply_explained",
        cite=XY.article(58),
        quote="不能在规定时限内办复的,要向来文单位说明原因。",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPARTMENT_HEAD),
        summary="不能在时限内办复的，向来文单位说明原因（逾期不视为同意）",
        interpretation="late-reply-explained",
    ),
    Duty(
        id="urgent_matters",
        cite=XY.article(58),
        quote="紧急事项,要急事急办、特事特办。",
        who=(Role.GOVERNMENT_OFFICE, Role.DEPARTMENT_HEAD),
        summary="紧急事项急事急办、特事特办（无具体时限）",
    ),
    # 六十、市政府办公室每周五下午提前联系收集下周市政府各领导的重大活动安排, … 并报送市委。
    Duty(
        id="weekly_schedule",
        cite=XY.article(60),
        quote="市政府办公室每周五下午提前联系收集下周市政府各领导的重大活动安排,汇总排定后,"
        "印发市长、副市长、副市级咨询员、市长助理、秘书长、副秘书长等,并报送市委。",
        who=(Role.GOVERNMENT_OFFICE,),
        summary="市政府办公室每周五下午收集下周领导重大活动安排，汇总印发各领导并报送市委",
        interpretation="weekly-schedule-not-a-deadline",
    ),
    # 六十一、… 形成市政府年度工作安排部署,下发执行。
    Duty(
        id="annual_work_arrangement",
        cite=XY.article(61),
        quote="提出年度重点工作目标,确定需要讨论和审议的规范性文件,对主要工作和重大项目,分解任务,落实责任,"
        "形成市政府年度工作安排部署,下发执行。",
        who=(Role.GOVERNMENT,),
        summary="市政府提出年度重点工作目标和需审议的规范性文件，分解任务，形成年度工作安排部署下发执行",
    ),
    # 六十二、市政府办公室对进展落实情况进行督查督办,适时通报进度情况并实行严格的目标责任考核管理,
    Duty(
        id="annual_task_supervision",
        cite=XY.article(62),
        quote="市政府办公室对进展落实情况进行督查督办,适时通报进度情况并实行严格的目标责任考核管理",
        who=(Role.DEPARTMENT_HEAD, Role.GOVERNMENT_OFFICE),
        summary="部门细化年度任务；市政府办公室督查督办、适时通报进度、实行目标责任考核（无督查办结时限）",
    ),
    # 六十四、市政府组成人员必须坚决执行市政府的决定,如有不同意见可在市政府内部提出, …
    Duty(
        id="follow_government_decisions",
        cite=XY.article(64),
        quote="如有不同意见可在市政府内部提出,在没有重新作出决定前,不得有任何与市政府决定相违背的言论和行为",
        summary="组成人员执行市政府决定，不同意见在内部提出，未重新决定前不得有相违背的言行",
    ),
    # 六十四、代表市政府发表讲话,个人发表涉及未经市政府研究决定的重大问题及事项的讲话或文章,事先须经市政府同意。
    Duty(
        id="speeches_need_consent",
        cite=XY.article(64),
        quote="代表市政府发表讲话,个人发表涉及未经市政府研究决定的重大问题及事项的讲话或文章,事先须经市政府同意。",
        summary="代表市政府讲话，或个人就未经研究决定的重大问题发表讲话、文章，事先须经市政府同意",
    ),
    # 六十五、市政府组成人员要严格请销假制度和领导同志值班制度。
    Duty(
        id="leave_and_duty_systems",
        cite=XY.article(65, paragraph=1),
        quote="市政府组成人员要严格请销假制度和领导同志值班制度。",
        summary="组成人员严格执行请销假制度和领导值班制度（副市级咨询员、市长助理、秘书长的请假对象未规定）",
        interpretation="leave-coverage-gaps",
    ),
    # 六十五、市长出访、出差或休假向市委书记和省政府办公厅请假;
    LeaveRule(
        id="head_leave",
        cite=XY.article(65, paragraph=1),
        quote="市长出访、出差或休假向市委书记和省政府办公厅请假",
        when=LeaveIs(role=Role.HEAD, kind=_AWAY),
        approvers=(Role.PARTY_SECRETARY, Role.HIGHER_GOVERNMENT_OFFICE),
        approvers_in_order=False,  # 65 lists those asked, fixing no order (leave-approvals-unordered)
        interpretation="leave-approvals-unordered",
        kind_words={LeaveKind.TRIP: "出差"},  # 六十五 ¶1 「市长出访、出差或休假」 (¶2's 离咸外出 is the departments')
    ),
    # 六十五、副市长出访、出差或休假,向市长请假,
    LeaveRule(
        id="deputy_leave",
        cite=XY.article(65, paragraph=1),
        quote="副市长出访、出差或休假,向市长请假",
        when=LeaveIs(role=(Role.DEPUTY, Role.EXECUTIVE_DEPUTY), kind=_AWAY, party_standing_committee_member=False),
        approvers=(Role.HEAD,),
        approvers_in_order=False,  # one asked; another's approval too is no breach (leave-approvals-unordered)
        interpretation="deputies-include-executive-deputy",
        kind_words={LeaveKind.TRIP: "出差"},  # 六十五 ¶1 「副市长出访、出差或休假」
    ),
    # 六十五、其中担任市委常委的副市长还应向市委书记请假,并安排好有关工作。
    LeaveRule(
        id="deputy_standing_committee_leave",
        cite=XY.article(65, paragraph=1),
        quote="其中担任市委常委的副市长还应向市委书记请假",
        when=LeaveIs(role=(Role.DEPUTY, Role.EXECUTIVE_DEPUTY), kind=_AWAY, party_standing_committee_member=True),
        approvers=(Role.HEAD, Role.PARTY_SECRETARY),
        approvers_in_order=False,  # 65 lists those asked, fixing no order (leave-approvals-unordered)
        interpretation="deputies-include-executive-deputy",
        kind_words={LeaveKind.TRIP: "出差"},  # 六十五 ¶1 (the 副市长 of 「出访、出差或休假」)
    ),
    Duty(
        id="arrange_work_before_leave",
        cite=XY.article(65, paragraph=1),
        quote="并安排好有关工作",
        who=(Role.DEPUTY, Role.EXECUTIVE_DEPUTY),
        summary="副市长请假外出前安排好有关工作（未要求指定代理人）",
        interpretation="arrange-work-not-substitute",
    ),
    # 六十五、出访和出差完成任务后要及时报告完成工作的情况。
    Duty(
        id="report_after_trip",
        cite=XY.article(65, paragraph=1),
        quote="出访和出差完成任务后要及时报告完成工作的情况。",
        who=(Role.HEAD, Role.DEPUTY, Role.EXECUTIVE_DEPUTY),
        summary="出访、出差完成任务后及时报告工作情况（无期限）",
    ),
    # 六十五 ¶2 各部门和各县市区政府主要负责同志离咸外出,应事先向市长、分管市长请假;
    LeaveRule(
        id="department_head_trip",
        cite=XY.article(65, paragraph=2),
        quote="各部门和各县市区政府主要负责同志离咸外出,应事先向市长、分管市长请假",
        when=LeaveIs(
            role=(*_DEPARTMENT_PRINCIPALS, Role.SUBORDINATE_GOVERNMENT_HEAD),
            kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY),
            max_days=6,
        ),
        approvers=(Role.HEAD, Role.DEPUTY),
        approvers_in_order=False,  # 65 lists those asked, fixing no order (leave-approvals-unordered)
        interpretation="leaving-xianyang",
        in_advance=True,
    ),
    # 六十五 ¶2 外出一周以上的还应向市委书记请假,并向市政府办公室报告。
    LeaveRule(
        id="department_head_trip_week",
        cite=XY.article(65, paragraph=2),
        quote="外出一周以上的还应向市委书记请假,并向市政府办公室报告。",
        when=LeaveIs(
            role=(*_DEPARTMENT_PRINCIPALS, Role.SUBORDINATE_GOVERNMENT_HEAD),
            kind=(LeaveKind.TRIP, LeaveKind.VISIT_ABROAD, LeaveKind.STUDY),
            min_days=7,
        ),
        approvers=(Role.HEAD, Role.DEPUTY, Role.PARTY_SECRETARY),
        approvers_in_order=False,  # 65 lists those asked, fixing no order (leave-approvals-unordered)
        notify=(Role.GOVERNMENT_OFFICE,),
        # 六十五 ¶2 「并向市政府办公室报告」
        notify_verb="向{}报告",
        interpretation="week-or-more",
        in_advance=True,  # 离咸外出 … 应事先: the week-long trip is still asked for beforehand
    ),
    # 六十五 ¶2 应事先 … 请假 — "事先" has no amount: no lead time, no leave_request deadline.
    Duty(
        id="leave_in_advance",
        cite=XY.article(65, paragraph=2),
        quote="应事先向市长、分管市长请假",
        who=(Role.DEPARTMENT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        summary="离咸外出须在出发前请假（“事先”，无提前量）",
        interpretation="in-advance-no-amount",
    ),
    # 六十五 ¶3 … 实行24小时值班制度和领导带班制度, … 值班机构应随时掌握主要负责人所在位置,确保上下联系畅通。
    Duty(
        id="duty_rota",
        cite=XY.article(65, paragraph=3),
        quote="市政府及各部门、各县市区政府实行24小时值班制度和领导带班制度",
        who=(Role.GOVERNMENT, Role.DEPARTMENT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        summary="24小时值班和领导带班；主要负责同志接待上访、妥善处置紧急重要事项和突发事件",
    ),
    Duty(
        id="duty_office_whereabouts",
        cite=XY.article(65, paragraph=3),
        quote="值班机构应随时掌握主要负责人所在位置,确保上下联系畅通。",
        who=(Role.DUTY_OFFICE,),
        summary="值班机构随时掌握主要负责人所在位置",
    ),
    # 六十六、副市长、副市级咨询员、市长助理、秘书长对工作中的重要问题、重要情况,要及时向市长请示报告;
    Duty(
        id="report_to_head",
        cite=XY.article(66),
        quote="副市长、副市级咨询员、市长助理、秘书长对工作中的重要问题、重要情况,要及时向市长请示报告",
        who=(*_PORTFOLIO_LEADERS, Role.SECRETARY_GENERAL),
        summary="副市长、副市级咨询员、市长助理、秘书长及时向市长请示报告重要问题；重大方针政策问题向市政府提出建议",
    ),
    # 六十六、市政府各部门要及时向分管副市长汇报工作,遇有重大问题也可以同时向市长报告。
    Duty(
        id="departments_report_to_deputy",
        cite=XY.article(66),
        quote="市政府各部门要及时向分管副市长汇报工作,遇有重大问题也可以同时向市长报告。",
        who=(Role.DEPARTMENT_HEAD,),
        summary="部门及时向分管副市长汇报工作，重大问题可同时报告市长",
    ),
    # 六十六、对突发重大事件必须立即报告市政府总值班室,任何部门或个人不得延误。
    Duty(
        id="emergency_report",
        cite=XY.article(66),
        quote="对突发重大事件必须立即报告市政府总值班室,任何部门或个人不得延误。",
        who=(Role.DEPARTMENT_HEAD, Role.SUBORDINATE_GOVERNMENT_HEAD),
        summary="突发重大事件立即报告市政府总值班室",
        interpretation="immediately-not-a-period",
    ),
    # 七十四、未经市政府常务会议批准或市政府主要领导同意,一律不得以市政府名义组织督查、检查和考评活动。
    Duty(
        id="government_inspections",
        cite=XY.article(74),
        quote="未经市政府常务会议批准或市政府主要领导同意,一律不得以市政府名义组织督查、检查和考评活动。",
        who=(Role.HEAD,),
        summary="以市政府名义组织督查、检查、考评，须经常务会议批准或市长同意",
        interpretation="principal-leader-is-head",
    ),
    # 七十四、以部门名义组织的督查、检查和考评活动,需经市政府秘书长协调并报分管领导同志批准后方可进行, …
    Duty(
        id="department_inspections",
        cite=XY.article(74),
        quote="以部门名义组织的督查、检查和考评活动,需经市政府秘书长协调并报分管领导同志批准后方可进行,"
        "但不得通知县市区政府和相关部门负责同志陪同。",
        who=(Role.SECRETARY_GENERAL, *_PORTFOLIO_LEADERS),
        summary="以部门名义的督查、检查、考评，先经秘书长协调、再报分管领导批准，不得通知县市区和部门负责同志陪同",
    ),
    # 七十五、下基层要轻车简从,减少陪同,简化接待;不要县市区负责人到辖区分界处迎送。
    Duty(
        id="no_border_greetings",
        cite=XY.article(75),
        quote="下基层要轻车简从,减少陪同,简化接待;不要县市区负责人到辖区分界处迎送。",
        who=(Role.HEAD, *_PORTFOLIO_LEADERS, Role.SECRETARY_GENERAL),
        summary="领导下基层轻车简从，不要县市区负责人到辖区分界处迎送；新闻报道和活动安排按有关规定办理",
    ),
    # 七十六、除市委、市政府统一组织安排的活动外,市政府领导同志一般不出席各部门、各县市区、各单位召开的会议, …
    Duty(
        id="leaders_do_not_attend",
        cite=XY.article(76),
        quote="除市委、市政府统一组织安排的活动外,市政府领导同志一般不出席各部门、各县市区、各单位召开的会议",
        who=(Role.HEAD, *_PORTFOLIO_LEADERS, Role.SECRETARY_GENERAL),
        summary="除市委、市政府统一组织的活动外，领导一般不出席部门、县市区、单位的会议和事务性活动",
    ),
    # 七十六、市政府领导一般不为 … 签发贺信、贺电、不题词。因特殊情况 … 一般不公开发表。
    Duty(
        id="no_congratulations",
        cite=XY.article(76),
        quote="市政府领导一般不为各部门、各县市区、各单位的会议和有关活动签发贺信、贺电、不题词。",
        who=(Role.HEAD, *_PORTFOLIO_LEADERS, Role.SECRETARY_GENERAL),
        summary="领导一般不签发贺信、贺电，不题词；特殊情况所作的，一般不公开发表",
    ),
)

#: The roles the text names that take in others (`RoleIncludes`): who may act as a role a rule names.
ROLES: tuple[Rule, ...] = (
    # 8 names the 常务副市长's own work; 40 counts him among the 副市长 of the 常务会议; 51 lets him sign for the 市长
    RoleIncludes(
        id="executive_deputy_is_a_deputy",
        cite=(XY.article(8), XY.article(40, paragraph=1)),
        quote="常务副市长负责市政府的常务工作",
        role=Role.DEPUTY,
        includes=(Role.EXECUTIVE_DEPUTY,),
        interpretation="deputies-include-executive-deputy",
    ),
    # 45 the 专项会议's minutes are signed by the 市政府领导同志 who chaired it; 42 names who chairs
    # one: 副市长、副市级咨询员、市长助理、秘书长 (and the 市长, 常务副市长 who commission them). A 副秘书长
    # chairing on commission does not sign (45: the leader who commissioned him does)
    RoleIncludes(
        id="meeting_chair_is_a_leader",
        cite=(XY.article(45), XY.article(42)),
        quote="市政府专项会议纪要由主持会议或委托召开会议的市政府领导同志签发",
        role=Role.MEETING_CHAIR,
        includes=(
            Role.HEAD,
            Role.EXECUTIVE_DEPUTY,
            Role.DEPUTY,
            Role.COUNSELLOR,
            Role.MAYOR_ASSISTANT,
            Role.SECRETARY_GENERAL,
        ),
        interpretation="meeting-chair-is-a-leader",
    ),
)

#: What the text calls each kind of leave (`Ruleset.leave_kind_names`); it has no word for a study trip (学习).
LEAVE_KIND_NAMES = {
    # 六十五 ¶2 「离咸外出」「外出一周以上」; ¶1 says 出差 of the 市长 and 副市长 (reading leave-kind-names)
    LeaveKind.TRIP: "离咸外出",
    LeaveKind.VACATION: "休假",  # 六十五 「出访、出差或休假」
    LeaveKind.VISIT_ABROAD: "出访",  # 六十五 「出访、出差或休假」「出访和出差完成任务后」
    LeaveKind.MEETING_ABSENCE: "不能出席会议",  # 四十四 「如有特殊情况不能出席,须向市长请假」
}


RULESET = make_ruleset(
    "xianyang_2013",
    government=Government(name="咸阳市人民政府", level=Level.CITY, parent="陕西省人民政府"),
    effective_from=date(2013, 6, 17),
    rules=(*RULES, *ROLES),
    # as the text names them (the generic labels name all three levels'; 四十七's 全市性会议 is the WORK_CONFERENCE)
    meeting_names={MeetingKind.HEAD_OFFICE: "市长办公会议", MeetingKind.WORK_CONFERENCE: "全市性会议"},
    role_names=ROLE_NAMES,
    non_operative=NON_OPERATIVE,
    leave_kind_names=LEAVE_KIND_NAMES,
)
