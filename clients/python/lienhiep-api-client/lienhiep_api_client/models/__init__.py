"""Contains all the data models used in inputs/outputs"""

from .academic_title import AcademicTitle
from .activity import Activity
from .activity_import_records import ActivityImportRecords
from .activity_input import ActivityInput
from .activity_kind import ActivityKind
from .activity_link import ActivityLink
from .activity_page import ActivityPage
from .activity_patch import ActivityPatch
from .advisory_case import AdvisoryCase
from .advisory_case_input import AdvisoryCaseInput
from .advisory_case_page import AdvisoryCasePage
from .advisory_case_patch import AdvisoryCasePatch
from .advisory_draft import AdvisoryDraft
from .advisory_draft_input import AdvisoryDraftInput
from .advisory_draft_list import AdvisoryDraftList
from .advisory_draft_summary import AdvisoryDraftSummary
from .advisory_expert import AdvisoryExpert
from .advisory_expert_input import AdvisoryExpertInput
from .advisory_expert_list import AdvisoryExpertList
from .advisory_expert_patch import AdvisoryExpertPatch
from .advisory_import_record import AdvisoryImportRecord
from .advisory_import_records import AdvisoryImportRecords
from .advisory_kind import AdvisoryKind
from .advisory_outcome import AdvisoryOutcome
from .advisory_status import AdvisoryStatus
from .annual_report import AnnualReport
from .annual_report_input import AnnualReportInput
from .annual_report_list import AnnualReportList
from .api_client import ApiClient
from .api_client_input import ApiClientInput
from .api_client_list import ApiClientList
from .api_client_patch import ApiClientPatch
from .api_client_with_secret import ApiClientWithSecret
from .association import Association
from .association_input import AssociationInput
from .association_kind import AssociationKind
from .association_page import AssociationPage
from .association_patch import AssociationPatch
from .association_status import AssociationStatus
from .audit_entry import AuditEntry
from .audit_page import AuditPage
from .author_role import AuthorRole
from .award_category import AwardCategory
from .award_category_input import AwardCategoryInput
from .award_category_list import AwardCategoryList
from .award_category_patch import AwardCategoryPatch
from .award_kind import AwardKind
from .award_level import AwardLevel
from .branch import Branch
from .branch_input import BranchInput
from .branch_list import BranchList
from .branch_patch import BranchPatch
from .branch_status import BranchStatus
from .cell_kind import CellKind
from .change_kind import ChangeKind
from .commendation import Commendation
from .commendation_input import CommendationInput
from .commendation_issuer import CommendationIssuer
from .commendation_page import CommendationPage
from .commendation_patch import CommendationPatch
from .commendation_type import CommendationType
from .committee_member_input import CommitteeMemberInput
from .committee_member_view import CommitteeMemberView
from .conflict_declaration import ConflictDeclaration
from .conflict_input import ConflictInput
from .contest import Contest
from .contest_entry import ContestEntry
from .contest_input import ContestInput
from .contest_kind import ContestKind
from .contest_list import ContestList
from .contest_patch import ContestPatch
from .contest_results import ContestResults
from .council_role import CouncilRole
from .criterion import Criterion
from .declaration_input import DeclarationInput
from .decline_input import DeclineInput
from .duplicate_evidence import DuplicateEvidence
from .duplicate_group import DuplicateGroup
from .duplicate_membership import DuplicateMembership
from .duplicate_page import DuplicatePage
from .duplicate_person import DuplicatePerson
from .edition import Edition
from .edition_input import EditionInput
from .edition_list import EditionList
from .edition_patch import EditionPatch
from .edition_status import EditionStatus
from .edition_step_input import EditionStepInput
from .education_level import EducationLevel
from .eligibility_input import EligibilityInput
from .entry_attachment import EntryAttachment
from .entry_author import EntryAuthor
from .entry_author_input import EntryAuthorInput
from .entry_import_record import EntryImportRecord
from .entry_import_records import EntryImportRecords
from .entry_input import EntryInput
from .entry_international_award import EntryInternationalAward
from .entry_international_award_input import EntryInternationalAwardInput
from .entry_international_award_list import EntryInternationalAwardList
from .entry_page import EntryPage
from .entry_patch import EntryPatch
from .entry_scores import EntryScores
from .entry_status import EntryStatus
from .expert_role import ExpertRole
from .export_roster_csv_headers import ExportRosterCsvHeaders
from .export_roster_xlsx_headers import ExportRosterXlsxHeaders
from .field_error import FieldError
from .figure import Figure
from .figure_source import FigureSource
from .gender import Gender
from .get_jwks_response_200 import GetJwksResponse200
from .get_openapi_response_200 import GetOpenapiResponse200
from .get_statistics_series_csv_metric import GetStatisticsSeriesCsvMetric
from .get_statistics_series_metric import GetStatisticsSeriesMetric
from .grant_type import GrantType
from .health_status import HealthStatus
from .honour_round import HonourRound
from .honour_round_input import HonourRoundInput
from .honour_round_list import HonourRoundList
from .honour_round_patch import HonourRoundPatch
from .honour_round_status import HonourRoundStatus
from .honour_title import HonourTitle
from .honouree import Honouree
from .honouree_counts import HonoureeCounts
from .honouree_decision import HonoureeDecision
from .honouree_decision_input import HonoureeDecisionInput
from .honouree_import_record import HonoureeImportRecord
from .honouree_import_records import HonoureeImportRecords
from .honouree_input import HonoureeInput
from .honouree_page import HonoureePage
from .honouree_patch import HonoureePatch
from .import_activities_on_error import ImportActivitiesOnError
from .import_activities_response_422 import ImportActivitiesResponse422
from .import_advisory_cases_on_error import ImportAdvisoryCasesOnError
from .import_advisory_cases_response_422 import ImportAdvisoryCasesResponse422
from .import_column import ImportColumn
from .import_columns import ImportColumns
from .import_edition_entries_on_error import ImportEditionEntriesOnError
from .import_edition_entries_response_422 import ImportEditionEntriesResponse422
from .import_honourees_on_error import ImportHonoureesOnError
from .import_honourees_response_422 import ImportHonoureesResponse422
from .import_list import ImportList
from .import_report import ImportReport
from .indicator_definition import IndicatorDefinition
from .indicator_definition_input import IndicatorDefinitionInput
from .indicator_definition_list import IndicatorDefinitionList
from .indicator_definition_patch import IndicatorDefinitionPatch
from .indicator_line import IndicatorLine
from .indicator_table import IndicatorTable
from .indicator_unit import IndicatorUnit
from .indicator_value import IndicatorValue
from .indicator_value_input import IndicatorValueInput
from .indicator_value_list import IndicatorValueList
from .international_award import InternationalAward
from .job import Job
from .job_kind import JobKind
from .job_phase import JobPhase
from .job_state import JobState
from .judge_assignment import JudgeAssignment
from .judge_assignment_input import JudgeAssignmentInput
from .judge_assignment_list import JudgeAssignmentList
from .list_activities_kind import ListActivitiesKind
from .list_activities_organiser_kind import ListActivitiesOrganiserKind
from .list_activities_union_role import ListActivitiesUnionRole
from .list_advisory_cases_kind import ListAdvisoryCasesKind
from .list_advisory_cases_requester import ListAdvisoryCasesRequester
from .list_advisory_cases_status import ListAdvisoryCasesStatus
from .list_association_members_academic_title import ListAssociationMembersAcademicTitle
from .list_association_members_education_level import ListAssociationMembersEducationLevel
from .list_association_members_gender import ListAssociationMembersGender
from .list_association_members_sort import ListAssociationMembersSort
from .list_association_members_status import ListAssociationMembersStatus
from .list_associations_kind import ListAssociationsKind
from .list_associations_sort import ListAssociationsSort
from .list_associations_status import ListAssociationsStatus
from .list_branches_status import ListBranchesStatus
from .list_commendations_issuer import ListCommendationsIssuer
from .list_commendations_recipient_kind import ListCommendationsRecipientKind
from .list_commendations_type import ListCommendationsType
from .list_editions_status import ListEditionsStatus
from .list_entries_status import ListEntriesStatus
from .list_honour_rounds_status import ListHonourRoundsStatus
from .list_honourees_decision import ListHonoureesDecision
from .list_members_academic_title import ListMembersAcademicTitle
from .list_members_education_level import ListMembersEducationLevel
from .list_members_gender import ListMembersGender
from .list_members_sort import ListMembersSort
from .list_members_status import ListMembersStatus
from .list_nominations_programme import ListNominationsProgramme
from .list_nominations_status import ListNominationsStatus
from .me import Me
from .member import Member
from .member_figure import MemberFigure
from .member_input import MemberInput
from .member_page import MemberPage
from .member_patch import MemberPatch
from .membership_status import MembershipStatus
from .merge import Merge
from .merge_input import MergeInput
from .metric import Metric
from .minor_names import MinorNames
from .moved_membership import MovedMembership
from .national_ranking import NationalRanking
from .national_result import NationalResult
from .national_standing import NationalStanding
from .national_standing_input import NationalStandingInput
from .national_standing_list import NationalStandingList
from .national_value_input import NationalValueInput
from .nomination import Nomination
from .nomination_input import NominationInput
from .nomination_page import NominationPage
from .nomination_patch import NominationPatch
from .nomination_programme import NominationProgramme
from .nomination_status import NominationStatus
from .nomination_status_change import NominationStatusChange
from .o_auth_error import OAuthError
from .o_auth_error_code import OAuthErrorCode
from .order_class import OrderClass
from .organiser_kind import OrganiserKind
from .outcome_input import OutcomeInput
from .password_change import PasswordChange
from .person import Person
from .prize import Prize
from .prize_input import PrizeInput
from .prize_quotas import PrizeQuotas
from .problem import Problem
from .profile_patch import ProfilePatch
from .province_figures import ProvinceFigures
from .province_figures_list import ProvinceFiguresList
from .province_input import ProvinceInput
from .publication_kind import PublicationKind
from .publish_input import PublishInput
from .recipient_kind import RecipientKind
from .reference_list import ReferenceList
from .reference_list_index import ReferenceListIndex
from .reference_list_summary import ReferenceListSummary
from .reference_value import ReferenceValue
from .requester import Requester
from .research_level import ResearchLevel
from .research_status import ResearchStatus
from .resource_figures import ResourceFigures
from .result_item import ResultItem
from .revoke_request import RevokeRequest
from .role import Role
from .roster_change import RosterChange
from .roster_changes import RosterChanges
from .roster_record import RosterRecord
from .roster_records import RosterRecords
from .row_error import RowError
from .score_change_item import ScoreChangeItem
from .score_change_list import ScoreChangeList
from .score_sheet import ScoreSheet
from .score_sheet_scores import ScoreSheetScores
from .scores_input import ScoresInput
from .scores_input_scores import ScoresInputScores
from .staff_by_education import StaffByEducation
from .staff_input import StaffInput
from .statistics_series import StatisticsSeries
from .statistics_summary import StatisticsSummary
from .status_change import StatusChange
from .status_history import StatusHistory
from .status_history_entry import StatusHistoryEntry
from .step_date import StepDate
from .submit_opinion_input import SubmitOpinionInput
from .sync_report import SyncReport
from .sync_roster_mode import SyncRosterMode
from .sync_roster_on_error import SyncRosterOnError
from .sync_roster_response_422 import SyncRosterResponse422
from .temporary_password import TemporaryPassword
from .term_input import TermInput
from .token_request import TokenRequest
from .token_response import TokenResponse
from .union_profile import UnionProfile
from .union_role import UnionRole
from .union_staff import UnionStaff
from .union_staff_list import UnionStaffList
from .union_term import UnionTerm
from .union_term_list import UnionTermList
from .union_unit import UnionUnit
from .union_unit_kind import UnionUnitKind
from .union_unit_list import UnionUnitList
from .union_value_input import UnionValueInput
from .unit_input import UnitInput
from .upload_form import UploadForm
from .user import User
from .user_input import UserInput
from .user_page import UserPage
from .user_patch import UserPatch
from .visibility import Visibility

__all__ = (
    "AcademicTitle",
    "Activity",
    "ActivityImportRecords",
    "ActivityInput",
    "ActivityKind",
    "ActivityLink",
    "ActivityPage",
    "ActivityPatch",
    "AdvisoryCase",
    "AdvisoryCaseInput",
    "AdvisoryCasePage",
    "AdvisoryCasePatch",
    "AdvisoryDraft",
    "AdvisoryDraftInput",
    "AdvisoryDraftList",
    "AdvisoryDraftSummary",
    "AdvisoryExpert",
    "AdvisoryExpertInput",
    "AdvisoryExpertList",
    "AdvisoryExpertPatch",
    "AdvisoryImportRecord",
    "AdvisoryImportRecords",
    "AdvisoryKind",
    "AdvisoryOutcome",
    "AdvisoryStatus",
    "AnnualReport",
    "AnnualReportInput",
    "AnnualReportList",
    "ApiClient",
    "ApiClientInput",
    "ApiClientList",
    "ApiClientPatch",
    "ApiClientWithSecret",
    "Association",
    "AssociationInput",
    "AssociationKind",
    "AssociationPage",
    "AssociationPatch",
    "AssociationStatus",
    "AuditEntry",
    "AuditPage",
    "AuthorRole",
    "AwardCategory",
    "AwardCategoryInput",
    "AwardCategoryList",
    "AwardCategoryPatch",
    "AwardKind",
    "AwardLevel",
    "Branch",
    "BranchInput",
    "BranchList",
    "BranchPatch",
    "BranchStatus",
    "CellKind",
    "ChangeKind",
    "Commendation",
    "CommendationInput",
    "CommendationIssuer",
    "CommendationPage",
    "CommendationPatch",
    "CommendationType",
    "CommitteeMemberInput",
    "CommitteeMemberView",
    "ConflictDeclaration",
    "ConflictInput",
    "Contest",
    "ContestEntry",
    "ContestInput",
    "ContestKind",
    "ContestList",
    "ContestPatch",
    "ContestResults",
    "CouncilRole",
    "Criterion",
    "DeclarationInput",
    "DeclineInput",
    "DuplicateEvidence",
    "DuplicateGroup",
    "DuplicateMembership",
    "DuplicatePage",
    "DuplicatePerson",
    "Edition",
    "EditionInput",
    "EditionList",
    "EditionPatch",
    "EditionStatus",
    "EditionStepInput",
    "EducationLevel",
    "EligibilityInput",
    "EntryAttachment",
    "EntryAuthor",
    "EntryAuthorInput",
    "EntryImportRecord",
    "EntryImportRecords",
    "EntryInput",
    "EntryInternationalAward",
    "EntryInternationalAwardInput",
    "EntryInternationalAwardList",
    "EntryPage",
    "EntryPatch",
    "EntryScores",
    "EntryStatus",
    "ExpertRole",
    "ExportRosterCsvHeaders",
    "ExportRosterXlsxHeaders",
    "FieldError",
    "Figure",
    "FigureSource",
    "Gender",
    "GetJwksResponse200",
    "GetOpenapiResponse200",
    "GetStatisticsSeriesCsvMetric",
    "GetStatisticsSeriesMetric",
    "GrantType",
    "HealthStatus",
    "Honouree",
    "HonoureeCounts",
    "HonoureeDecision",
    "HonoureeDecisionInput",
    "HonoureeImportRecord",
    "HonoureeImportRecords",
    "HonoureeInput",
    "HonoureePage",
    "HonoureePatch",
    "HonourRound",
    "HonourRoundInput",
    "HonourRoundList",
    "HonourRoundPatch",
    "HonourRoundStatus",
    "HonourTitle",
    "ImportActivitiesOnError",
    "ImportActivitiesResponse422",
    "ImportAdvisoryCasesOnError",
    "ImportAdvisoryCasesResponse422",
    "ImportColumn",
    "ImportColumns",
    "ImportEditionEntriesOnError",
    "ImportEditionEntriesResponse422",
    "ImportHonoureesOnError",
    "ImportHonoureesResponse422",
    "ImportList",
    "ImportReport",
    "IndicatorDefinition",
    "IndicatorDefinitionInput",
    "IndicatorDefinitionList",
    "IndicatorDefinitionPatch",
    "IndicatorLine",
    "IndicatorTable",
    "IndicatorUnit",
    "IndicatorValue",
    "IndicatorValueInput",
    "IndicatorValueList",
    "InternationalAward",
    "Job",
    "JobKind",
    "JobPhase",
    "JobState",
    "JudgeAssignment",
    "JudgeAssignmentInput",
    "JudgeAssignmentList",
    "ListActivitiesKind",
    "ListActivitiesOrganiserKind",
    "ListActivitiesUnionRole",
    "ListAdvisoryCasesKind",
    "ListAdvisoryCasesRequester",
    "ListAdvisoryCasesStatus",
    "ListAssociationMembersAcademicTitle",
    "ListAssociationMembersEducationLevel",
    "ListAssociationMembersGender",
    "ListAssociationMembersSort",
    "ListAssociationMembersStatus",
    "ListAssociationsKind",
    "ListAssociationsSort",
    "ListAssociationsStatus",
    "ListBranchesStatus",
    "ListCommendationsIssuer",
    "ListCommendationsRecipientKind",
    "ListCommendationsType",
    "ListEditionsStatus",
    "ListEntriesStatus",
    "ListHonoureesDecision",
    "ListHonourRoundsStatus",
    "ListMembersAcademicTitle",
    "ListMembersEducationLevel",
    "ListMembersGender",
    "ListMembersSort",
    "ListMembersStatus",
    "ListNominationsProgramme",
    "ListNominationsStatus",
    "Me",
    "Member",
    "MemberFigure",
    "MemberInput",
    "MemberPage",
    "MemberPatch",
    "MembershipStatus",
    "Merge",
    "MergeInput",
    "Metric",
    "MinorNames",
    "MovedMembership",
    "NationalRanking",
    "NationalResult",
    "NationalStanding",
    "NationalStandingInput",
    "NationalStandingList",
    "NationalValueInput",
    "Nomination",
    "NominationInput",
    "NominationPage",
    "NominationPatch",
    "NominationProgramme",
    "NominationStatus",
    "NominationStatusChange",
    "OAuthError",
    "OAuthErrorCode",
    "OrderClass",
    "OrganiserKind",
    "OutcomeInput",
    "PasswordChange",
    "Person",
    "Prize",
    "PrizeInput",
    "PrizeQuotas",
    "Problem",
    "ProfilePatch",
    "ProvinceFigures",
    "ProvinceFiguresList",
    "ProvinceInput",
    "PublicationKind",
    "PublishInput",
    "RecipientKind",
    "ReferenceList",
    "ReferenceListIndex",
    "ReferenceListSummary",
    "ReferenceValue",
    "Requester",
    "ResearchLevel",
    "ResearchStatus",
    "ResourceFigures",
    "ResultItem",
    "RevokeRequest",
    "Role",
    "RosterChange",
    "RosterChanges",
    "RosterRecord",
    "RosterRecords",
    "RowError",
    "ScoreChangeItem",
    "ScoreChangeList",
    "ScoreSheet",
    "ScoreSheetScores",
    "ScoresInput",
    "ScoresInputScores",
    "StaffByEducation",
    "StaffInput",
    "StatisticsSeries",
    "StatisticsSummary",
    "StatusChange",
    "StatusHistory",
    "StatusHistoryEntry",
    "StepDate",
    "SubmitOpinionInput",
    "SyncReport",
    "SyncRosterMode",
    "SyncRosterOnError",
    "SyncRosterResponse422",
    "TemporaryPassword",
    "TermInput",
    "TokenRequest",
    "TokenResponse",
    "UnionProfile",
    "UnionRole",
    "UnionStaff",
    "UnionStaffList",
    "UnionTerm",
    "UnionTermList",
    "UnionUnit",
    "UnionUnitKind",
    "UnionUnitList",
    "UnionValueInput",
    "UnitInput",
    "UploadForm",
    "User",
    "UserInput",
    "UserPage",
    "UserPatch",
    "Visibility",
)
