"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_participant import ActionParticipant
    from .active_livestream_session import ActiveLivestreamSession
    from .active_livestream_session_envelope import ActiveLivestreamSessionEnvelope
    from .active_recording_envelope import ActiveRecordingEnvelope
    from .ai_config import AiConfig
    from .analytics_daywise import AnalyticsDaywise
    from .analytics_daywise_envelope import AnalyticsDaywiseEnvelope
    from .app import App
    from .app_create import AppCreate
    from .app_created import AppCreated
    from .app_created_envelope import AppCreatedEnvelope
    from .app_details import AppDetails
    from .app_envelope import AppEnvelope
    from .app_list import AppList
    from .asn_information import AsnInformation
    from .audio_channel import AudioChannel
    from .audio_codec import AudioCodec
    from .audio_config import AudioConfig
    from .audio_consumer_stats import AudioConsumerStats
    from .audio_consumer_summary import AudioConsumerSummary
    from .audio_producer_stats import AudioProducerStats
    from .audio_producer_summary import AudioProducerSummary
    from .browser_metadata import BrowserMetadata
    from .candidate_pairs import CandidatePairs
    from .chat_synced_event import ChatSyncedEvent
    from .deleted_participant import DeletedParticipant
    from .deleted_participant_envelope import DeletedParticipantEnvelope
    from .device_info import DeviceInfo
    from .error_detail import ErrorDetail
    from .error_envelope import ErrorEnvelope
    from .interactive_config import InteractiveConfig
    from .interactive_config_type import InteractiveConfigType
    from .ip_information import IpInformation
    from .kick_all_envelope import KickAllEnvelope
    from .kicked_all import KickedAll
    from .kicked_participants import KickedParticipants
    from .kicked_participants_envelope import KickedParticipantsEnvelope
    from .latency_buckets import LatencyBuckets
    from .live_streaming_config import LiveStreamingConfig
    from .livestream import Livestream
    from .livestream_analytics import LivestreamAnalytics
    from .livestream_analytics_envelope import LivestreamAnalyticsEnvelope
    from .livestream_create import LivestreamCreate
    from .livestream_day import LivestreamDay
    from .livestream_daywise_envelope import LivestreamDaywiseEnvelope
    from .livestream_envelope import LivestreamEnvelope
    from .livestream_list_data import LivestreamListData
    from .livestream_list_envelope import LivestreamListEnvelope
    from .livestream_paging import LivestreamPaging
    from .livestream_session import LivestreamSession
    from .livestream_session_active import LivestreamSessionActive
    from .livestream_session_envelope import LivestreamSessionEnvelope
    from .livestream_session_of_livestream import LivestreamSessionOfLivestream
    from .livestream_sort_order import LivestreamSortOrder
    from .livestream_start import LivestreamStart
    from .livestream_started import LivestreamStarted
    from .livestream_started_envelope import LivestreamStartedEnvelope
    from .livestream_status import LivestreamStatus
    from .livestream_stopped_envelope import LivestreamStoppedEnvelope
    from .livestream_stopped_message import LivestreamStoppedMessage
    from .livestream_summary import LivestreamSummary
    from .livestream_video_config import LivestreamVideoConfig
    from .livestream_with_session import LivestreamWithSession
    from .livestream_with_session_envelope import LivestreamWithSessionEnvelope
    from .livestreaming_status_update_event import LivestreamingStatusUpdateEvent
    from .loss_buckets import LossBuckets
    from .meeting import Meeting
    from .meeting_create import MeetingCreate
    from .meeting_ended_event import MeetingEndedEvent
    from .meeting_envelope import MeetingEnvelope
    from .meeting_list import MeetingList
    from .meeting_started_event import MeetingStartedEvent
    from .meeting_status import MeetingStatus
    from .meeting_summary import MeetingSummary
    from .meeting_update import MeetingUpdate
    from .mute_all import MuteAll
    from .mute_all_envelope import MuteAllEnvelope
    from .muted_all import MutedAll
    from .muted_participants import MutedParticipants
    from .muted_participants_envelope import MutedParticipantsEnvelope
    from .native_metadata import NativeMetadata
    from .paging import Paging
    from .partial_paging import PartialPaging
    from .participant import Participant
    from .participant_create import ParticipantCreate
    from .participant_envelope import ParticipantEnvelope
    from .participant_joined_event import ParticipantJoinedEvent
    from .participant_left_event import ParticipantLeftEvent
    from .participant_list import ParticipantList
    from .participant_selection import ParticipantSelection
    from .participant_token import ParticipantToken
    from .participant_token_envelope import ParticipantTokenEnvelope
    from .participant_update import ParticipantUpdate
    from .participant_with_token import ParticipantWithToken
    from .participant_with_token_envelope import ParticipantWithTokenEnvelope
    from .peer_connection_metadata import PeerConnectionMetadata
    from .peer_device import PeerDevice
    from .peer_device_update import PeerDeviceUpdate
    from .peer_event import PeerEvent
    from .peer_event_name import PeerEventName
    from .peer_metadata_event import PeerMetadataEvent
    from .peer_metadata_event_metadata import PeerMetadataEventMetadata
    from .peer_participant import PeerParticipant
    from .peer_report import PeerReport
    from .peer_report_data import PeerReportData
    from .peer_report_envelope import PeerReportEnvelope
    from .peer_report_filter import PeerReportFilter
    from .peer_report_metadata import PeerReportMetadata
    from .peer_report_quality import PeerReportQuality
    from .peer_selected_device_update import PeerSelectedDeviceUpdate
    from .peer_transport import PeerTransport
    from .peer_view_type import PeerViewType
    from .poll import Poll
    from .poll_create import PollCreate
    from .poll_created import PollCreated
    from .poll_envelope import PollEnvelope
    from .poll_option import PollOption
    from .poll_vote import PollVote
    from .preset import Preset
    from .preset_audio_config import PresetAudioConfig
    from .preset_audio_permission import PresetAudioPermission
    from .preset_audio_permission_update import PresetAudioPermissionUpdate
    from .preset_background_colors import PresetBackgroundColors
    from .preset_background_colors_update import PresetBackgroundColorsUpdate
    from .preset_border_radius import PresetBorderRadius
    from .preset_border_width import PresetBorderWidth
    from .preset_brand_colors import PresetBrandColors
    from .preset_brand_colors_update import PresetBrandColorsUpdate
    from .preset_chat_permissions import PresetChatPermissions
    from .preset_chat_permissions_update import PresetChatPermissionsUpdate
    from .preset_colors import PresetColors
    from .preset_colors_update import PresetColorsUpdate
    from .preset_config import PresetConfig
    from .preset_config_update import PresetConfigUpdate
    from .preset_connected_meetings_permissions import PresetConnectedMeetingsPermissions
    from .preset_connected_meetings_permissions_update import PresetConnectedMeetingsPermissionsUpdate
    from .preset_create import PresetCreate
    from .preset_design_tokens import PresetDesignTokens
    from .preset_design_tokens_update import PresetDesignTokensUpdate
    from .preset_envelope import PresetEnvelope
    from .preset_list import PresetList
    from .preset_max_video_streams import PresetMaxVideoStreams
    from .preset_max_video_streams_update import PresetMaxVideoStreamsUpdate
    from .preset_media_config import PresetMediaConfig
    from .preset_media_config_update import PresetMediaConfigUpdate
    from .preset_media_permissions import PresetMediaPermissions
    from .preset_media_permissions_update import PresetMediaPermissionsUpdate
    from .preset_media_quality import PresetMediaQuality
    from .preset_permissions import PresetPermissions
    from .preset_permissions_update import PresetPermissionsUpdate
    from .preset_plugin_access import PresetPluginAccess
    from .preset_plugin_access_control import PresetPluginAccessControl
    from .preset_plugins_permissions import PresetPluginsPermissions
    from .preset_plugins_permissions_config import PresetPluginsPermissionsConfig
    from .preset_plugins_permissions_update import PresetPluginsPermissionsUpdate
    from .preset_plugins_permissions_update_config import PresetPluginsPermissionsUpdateConfig
    from .preset_polls_permissions import PresetPollsPermissions
    from .preset_polls_permissions_update import PresetPollsPermissionsUpdate
    from .preset_private_chat_permissions import PresetPrivateChatPermissions
    from .preset_private_chat_permissions_update import PresetPrivateChatPermissionsUpdate
    from .preset_produce_permission import PresetProducePermission
    from .preset_public_chat_permissions import PresetPublicChatPermissions
    from .preset_public_chat_permissions_update import PresetPublicChatPermissionsUpdate
    from .preset_recorder_type import PresetRecorderType
    from .preset_screenshare_config import PresetScreenshareConfig
    from .preset_screenshare_config_update import PresetScreenshareConfigUpdate
    from .preset_screenshare_permission import PresetScreensharePermission
    from .preset_screenshare_permission_update import PresetScreensharePermissionUpdate
    from .preset_summary import PresetSummary
    from .preset_theme import PresetTheme
    from .preset_ui import PresetUi
    from .preset_ui_update import PresetUiUpdate
    from .preset_update import PresetUpdate
    from .preset_video_config import PresetVideoConfig
    from .preset_video_config_update import PresetVideoConfigUpdate
    from .preset_video_permission import PresetVideoPermission
    from .preset_video_permission_update import PresetVideoPermissionUpdate
    from .preset_view_type import PresetViewType
    from .preset_waiting_room_type import PresetWaitingRoomType
    from .quality_distribution import QualityDistribution
    from .quality_limitation_durations import QualityLimitationDurations
    from .quality_limitation_reason import QualityLimitationReason
    from .realtimekit_bucket_config import RealtimekitBucketConfig
    from .recording import Recording
    from .recording_action import RecordingAction
    from .recording_action_action import RecordingActionAction
    from .recording_basic import RecordingBasic
    from .recording_caller import RecordingCaller
    from .recording_caller_type import RecordingCallerType
    from .recording_config import RecordingConfig
    from .recording_day_stats import RecordingDayStats
    from .recording_envelope import RecordingEnvelope
    from .recording_list import RecordingList
    from .recording_list_item import RecordingListItem
    from .recording_sort_by import RecordingSortBy
    from .recording_start import RecordingStart
    from .recording_start_reason import RecordingStartReason
    from .recording_start_reason_kind import RecordingStartReasonKind
    from .recording_stats import RecordingStats
    from .recording_status import RecordingStatus
    from .recording_status_update_event import RecordingStatusUpdateEvent
    from .recording_stop_reason import RecordingStopReason
    from .recording_stop_reason_kind import RecordingStopReasonKind
    from .rtmp_out_config import RtmpOutConfig
    from .session import Session
    from .session_chat import SessionChat
    from .session_chat_envelope import SessionChatEnvelope
    from .session_day_stats import SessionDayStats
    from .session_envelope import SessionEnvelope
    from .session_list import SessionList
    from .session_list_data import SessionListData
    from .session_participant import SessionParticipant
    from .session_participant_data import SessionParticipantData
    from .session_participant_envelope import SessionParticipantEnvelope
    from .session_participant_list import SessionParticipantList
    from .session_participant_list_data import SessionParticipantListData
    from .session_participant_sort_by import SessionParticipantSortBy
    from .session_participant_view import SessionParticipantView
    from .session_sort_by import SessionSortBy
    from .session_stats import SessionStats
    from .session_status import SessionStatus
    from .session_summary import SessionSummary
    from .session_summary_envelope import SessionSummaryEnvelope
    from .session_transcript import SessionTranscript
    from .session_transcript_envelope import SessionTranscriptEnvelope
    from .session_type import SessionType
    from .sort_order import SortOrder
    from .storage_auth_method import StorageAuthMethod
    from .storage_config import StorageConfig
    from .storage_type import StorageType
    from .summarization_config import SummarizationConfig
    from .summary_event import SummaryEvent
    from .summary_generation import SummaryGeneration
    from .summary_generation_envelope import SummaryGenerationEnvelope
    from .summary_type import SummaryType
    from .text_format import TextFormat
    from .track_layer import TrackLayer
    from .track_layer_media_kind import TrackLayerMediaKind
    from .track_recording_data import TrackRecordingData
    from .track_recording_envelope import TrackRecordingEnvelope
    from .track_recording_start import TrackRecordingStart
    from .track_recording_start_layers import TrackRecordingStartLayers
    from .transcript_event import TranscriptEvent
    from .transcript_format import TranscriptFormat
    from .transcription_config import TranscriptionConfig
    from .transcription_language import TranscriptionLanguage
    from .video_codec import VideoCodec
    from .video_config import VideoConfig
    from .video_consumer_issues import VideoConsumerIssues
    from .video_consumer_stats import VideoConsumerStats
    from .video_consumer_summary import VideoConsumerSummary
    from .video_producer_issues import VideoProducerIssues
    from .video_producer_stats import VideoProducerStats
    from .video_producer_summary import VideoProducerSummary
    from .watermark import Watermark
    from .watermark_position import WatermarkPosition
    from .watermark_size import WatermarkSize
    from .webhook import Webhook
    from .webhook_create import WebhookCreate
    from .webhook_edit import WebhookEdit
    from .webhook_envelope import WebhookEnvelope
    from .webhook_event import WebhookEvent
    from .webhook_event_list import WebhookEventList
    from .webhook_list import WebhookList
    from .webhook_meeting import WebhookMeeting
    from .webhook_organizer import WebhookOrganizer
    from .webhook_participant import WebhookParticipant
    from .webhook_recording import WebhookRecording

# Each model's name, with the module defining it.
_MODULES = {
    "ActionParticipant": ".action_participant",
    "ActiveLivestreamSession": ".active_livestream_session",
    "ActiveLivestreamSessionEnvelope": ".active_livestream_session_envelope",
    "ActiveRecordingEnvelope": ".active_recording_envelope",
    "AiConfig": ".ai_config",
    "AnalyticsDaywise": ".analytics_daywise",
    "AnalyticsDaywiseEnvelope": ".analytics_daywise_envelope",
    "App": ".app",
    "AppCreate": ".app_create",
    "AppCreated": ".app_created",
    "AppCreatedEnvelope": ".app_created_envelope",
    "AppDetails": ".app_details",
    "AppEnvelope": ".app_envelope",
    "AppList": ".app_list",
    "AsnInformation": ".asn_information",
    "AudioChannel": ".audio_channel",
    "AudioCodec": ".audio_codec",
    "AudioConfig": ".audio_config",
    "AudioConsumerStats": ".audio_consumer_stats",
    "AudioConsumerSummary": ".audio_consumer_summary",
    "AudioProducerStats": ".audio_producer_stats",
    "AudioProducerSummary": ".audio_producer_summary",
    "BrowserMetadata": ".browser_metadata",
    "CandidatePairs": ".candidate_pairs",
    "ChatSyncedEvent": ".chat_synced_event",
    "DeletedParticipant": ".deleted_participant",
    "DeletedParticipantEnvelope": ".deleted_participant_envelope",
    "DeviceInfo": ".device_info",
    "ErrorDetail": ".error_detail",
    "ErrorEnvelope": ".error_envelope",
    "InteractiveConfig": ".interactive_config",
    "InteractiveConfigType": ".interactive_config_type",
    "IpInformation": ".ip_information",
    "KickAllEnvelope": ".kick_all_envelope",
    "KickedAll": ".kicked_all",
    "KickedParticipants": ".kicked_participants",
    "KickedParticipantsEnvelope": ".kicked_participants_envelope",
    "LatencyBuckets": ".latency_buckets",
    "LiveStreamingConfig": ".live_streaming_config",
    "Livestream": ".livestream",
    "LivestreamAnalytics": ".livestream_analytics",
    "LivestreamAnalyticsEnvelope": ".livestream_analytics_envelope",
    "LivestreamCreate": ".livestream_create",
    "LivestreamDay": ".livestream_day",
    "LivestreamDaywiseEnvelope": ".livestream_daywise_envelope",
    "LivestreamEnvelope": ".livestream_envelope",
    "LivestreamListData": ".livestream_list_data",
    "LivestreamListEnvelope": ".livestream_list_envelope",
    "LivestreamPaging": ".livestream_paging",
    "LivestreamSession": ".livestream_session",
    "LivestreamSessionActive": ".livestream_session_active",
    "LivestreamSessionEnvelope": ".livestream_session_envelope",
    "LivestreamSessionOfLivestream": ".livestream_session_of_livestream",
    "LivestreamSortOrder": ".livestream_sort_order",
    "LivestreamStart": ".livestream_start",
    "LivestreamStarted": ".livestream_started",
    "LivestreamStartedEnvelope": ".livestream_started_envelope",
    "LivestreamStatus": ".livestream_status",
    "LivestreamStoppedEnvelope": ".livestream_stopped_envelope",
    "LivestreamStoppedMessage": ".livestream_stopped_message",
    "LivestreamSummary": ".livestream_summary",
    "LivestreamVideoConfig": ".livestream_video_config",
    "LivestreamWithSession": ".livestream_with_session",
    "LivestreamWithSessionEnvelope": ".livestream_with_session_envelope",
    "LivestreamingStatusUpdateEvent": ".livestreaming_status_update_event",
    "LossBuckets": ".loss_buckets",
    "Meeting": ".meeting",
    "MeetingCreate": ".meeting_create",
    "MeetingEndedEvent": ".meeting_ended_event",
    "MeetingEnvelope": ".meeting_envelope",
    "MeetingList": ".meeting_list",
    "MeetingStartedEvent": ".meeting_started_event",
    "MeetingStatus": ".meeting_status",
    "MeetingSummary": ".meeting_summary",
    "MeetingUpdate": ".meeting_update",
    "MuteAll": ".mute_all",
    "MuteAllEnvelope": ".mute_all_envelope",
    "MutedAll": ".muted_all",
    "MutedParticipants": ".muted_participants",
    "MutedParticipantsEnvelope": ".muted_participants_envelope",
    "NativeMetadata": ".native_metadata",
    "Paging": ".paging",
    "PartialPaging": ".partial_paging",
    "Participant": ".participant",
    "ParticipantCreate": ".participant_create",
    "ParticipantEnvelope": ".participant_envelope",
    "ParticipantJoinedEvent": ".participant_joined_event",
    "ParticipantLeftEvent": ".participant_left_event",
    "ParticipantList": ".participant_list",
    "ParticipantSelection": ".participant_selection",
    "ParticipantToken": ".participant_token",
    "ParticipantTokenEnvelope": ".participant_token_envelope",
    "ParticipantUpdate": ".participant_update",
    "ParticipantWithToken": ".participant_with_token",
    "ParticipantWithTokenEnvelope": ".participant_with_token_envelope",
    "PeerConnectionMetadata": ".peer_connection_metadata",
    "PeerDevice": ".peer_device",
    "PeerDeviceUpdate": ".peer_device_update",
    "PeerEvent": ".peer_event",
    "PeerEventName": ".peer_event_name",
    "PeerMetadataEvent": ".peer_metadata_event",
    "PeerMetadataEventMetadata": ".peer_metadata_event_metadata",
    "PeerParticipant": ".peer_participant",
    "PeerReport": ".peer_report",
    "PeerReportData": ".peer_report_data",
    "PeerReportEnvelope": ".peer_report_envelope",
    "PeerReportFilter": ".peer_report_filter",
    "PeerReportMetadata": ".peer_report_metadata",
    "PeerReportQuality": ".peer_report_quality",
    "PeerSelectedDeviceUpdate": ".peer_selected_device_update",
    "PeerTransport": ".peer_transport",
    "PeerViewType": ".peer_view_type",
    "Poll": ".poll",
    "PollCreate": ".poll_create",
    "PollCreated": ".poll_created",
    "PollEnvelope": ".poll_envelope",
    "PollOption": ".poll_option",
    "PollVote": ".poll_vote",
    "Preset": ".preset",
    "PresetAudioConfig": ".preset_audio_config",
    "PresetAudioPermission": ".preset_audio_permission",
    "PresetAudioPermissionUpdate": ".preset_audio_permission_update",
    "PresetBackgroundColors": ".preset_background_colors",
    "PresetBackgroundColorsUpdate": ".preset_background_colors_update",
    "PresetBorderRadius": ".preset_border_radius",
    "PresetBorderWidth": ".preset_border_width",
    "PresetBrandColors": ".preset_brand_colors",
    "PresetBrandColorsUpdate": ".preset_brand_colors_update",
    "PresetChatPermissions": ".preset_chat_permissions",
    "PresetChatPermissionsUpdate": ".preset_chat_permissions_update",
    "PresetColors": ".preset_colors",
    "PresetColorsUpdate": ".preset_colors_update",
    "PresetConfig": ".preset_config",
    "PresetConfigUpdate": ".preset_config_update",
    "PresetConnectedMeetingsPermissions": ".preset_connected_meetings_permissions",
    "PresetConnectedMeetingsPermissionsUpdate": ".preset_connected_meetings_permissions_update",
    "PresetCreate": ".preset_create",
    "PresetDesignTokens": ".preset_design_tokens",
    "PresetDesignTokensUpdate": ".preset_design_tokens_update",
    "PresetEnvelope": ".preset_envelope",
    "PresetList": ".preset_list",
    "PresetMaxVideoStreams": ".preset_max_video_streams",
    "PresetMaxVideoStreamsUpdate": ".preset_max_video_streams_update",
    "PresetMediaConfig": ".preset_media_config",
    "PresetMediaConfigUpdate": ".preset_media_config_update",
    "PresetMediaPermissions": ".preset_media_permissions",
    "PresetMediaPermissionsUpdate": ".preset_media_permissions_update",
    "PresetMediaQuality": ".preset_media_quality",
    "PresetPermissions": ".preset_permissions",
    "PresetPermissionsUpdate": ".preset_permissions_update",
    "PresetPluginAccess": ".preset_plugin_access",
    "PresetPluginAccessControl": ".preset_plugin_access_control",
    "PresetPluginsPermissions": ".preset_plugins_permissions",
    "PresetPluginsPermissionsConfig": ".preset_plugins_permissions_config",
    "PresetPluginsPermissionsUpdate": ".preset_plugins_permissions_update",
    "PresetPluginsPermissionsUpdateConfig": ".preset_plugins_permissions_update_config",
    "PresetPollsPermissions": ".preset_polls_permissions",
    "PresetPollsPermissionsUpdate": ".preset_polls_permissions_update",
    "PresetPrivateChatPermissions": ".preset_private_chat_permissions",
    "PresetPrivateChatPermissionsUpdate": ".preset_private_chat_permissions_update",
    "PresetProducePermission": ".preset_produce_permission",
    "PresetPublicChatPermissions": ".preset_public_chat_permissions",
    "PresetPublicChatPermissionsUpdate": ".preset_public_chat_permissions_update",
    "PresetRecorderType": ".preset_recorder_type",
    "PresetScreenshareConfig": ".preset_screenshare_config",
    "PresetScreenshareConfigUpdate": ".preset_screenshare_config_update",
    "PresetScreensharePermission": ".preset_screenshare_permission",
    "PresetScreensharePermissionUpdate": ".preset_screenshare_permission_update",
    "PresetSummary": ".preset_summary",
    "PresetTheme": ".preset_theme",
    "PresetUi": ".preset_ui",
    "PresetUiUpdate": ".preset_ui_update",
    "PresetUpdate": ".preset_update",
    "PresetVideoConfig": ".preset_video_config",
    "PresetVideoConfigUpdate": ".preset_video_config_update",
    "PresetVideoPermission": ".preset_video_permission",
    "PresetVideoPermissionUpdate": ".preset_video_permission_update",
    "PresetViewType": ".preset_view_type",
    "PresetWaitingRoomType": ".preset_waiting_room_type",
    "QualityDistribution": ".quality_distribution",
    "QualityLimitationDurations": ".quality_limitation_durations",
    "QualityLimitationReason": ".quality_limitation_reason",
    "RealtimekitBucketConfig": ".realtimekit_bucket_config",
    "Recording": ".recording",
    "RecordingAction": ".recording_action",
    "RecordingActionAction": ".recording_action_action",
    "RecordingBasic": ".recording_basic",
    "RecordingCaller": ".recording_caller",
    "RecordingCallerType": ".recording_caller_type",
    "RecordingConfig": ".recording_config",
    "RecordingDayStats": ".recording_day_stats",
    "RecordingEnvelope": ".recording_envelope",
    "RecordingList": ".recording_list",
    "RecordingListItem": ".recording_list_item",
    "RecordingSortBy": ".recording_sort_by",
    "RecordingStart": ".recording_start",
    "RecordingStartReason": ".recording_start_reason",
    "RecordingStartReasonKind": ".recording_start_reason_kind",
    "RecordingStats": ".recording_stats",
    "RecordingStatus": ".recording_status",
    "RecordingStatusUpdateEvent": ".recording_status_update_event",
    "RecordingStopReason": ".recording_stop_reason",
    "RecordingStopReasonKind": ".recording_stop_reason_kind",
    "RtmpOutConfig": ".rtmp_out_config",
    "Session": ".session",
    "SessionChat": ".session_chat",
    "SessionChatEnvelope": ".session_chat_envelope",
    "SessionDayStats": ".session_day_stats",
    "SessionEnvelope": ".session_envelope",
    "SessionList": ".session_list",
    "SessionListData": ".session_list_data",
    "SessionParticipant": ".session_participant",
    "SessionParticipantData": ".session_participant_data",
    "SessionParticipantEnvelope": ".session_participant_envelope",
    "SessionParticipantList": ".session_participant_list",
    "SessionParticipantListData": ".session_participant_list_data",
    "SessionParticipantSortBy": ".session_participant_sort_by",
    "SessionParticipantView": ".session_participant_view",
    "SessionSortBy": ".session_sort_by",
    "SessionStats": ".session_stats",
    "SessionStatus": ".session_status",
    "SessionSummary": ".session_summary",
    "SessionSummaryEnvelope": ".session_summary_envelope",
    "SessionTranscript": ".session_transcript",
    "SessionTranscriptEnvelope": ".session_transcript_envelope",
    "SessionType": ".session_type",
    "SortOrder": ".sort_order",
    "StorageAuthMethod": ".storage_auth_method",
    "StorageConfig": ".storage_config",
    "StorageType": ".storage_type",
    "SummarizationConfig": ".summarization_config",
    "SummaryEvent": ".summary_event",
    "SummaryGeneration": ".summary_generation",
    "SummaryGenerationEnvelope": ".summary_generation_envelope",
    "SummaryType": ".summary_type",
    "TextFormat": ".text_format",
    "TrackLayer": ".track_layer",
    "TrackLayerMediaKind": ".track_layer_media_kind",
    "TrackRecordingData": ".track_recording_data",
    "TrackRecordingEnvelope": ".track_recording_envelope",
    "TrackRecordingStart": ".track_recording_start",
    "TrackRecordingStartLayers": ".track_recording_start_layers",
    "TranscriptEvent": ".transcript_event",
    "TranscriptFormat": ".transcript_format",
    "TranscriptionConfig": ".transcription_config",
    "TranscriptionLanguage": ".transcription_language",
    "VideoCodec": ".video_codec",
    "VideoConfig": ".video_config",
    "VideoConsumerIssues": ".video_consumer_issues",
    "VideoConsumerStats": ".video_consumer_stats",
    "VideoConsumerSummary": ".video_consumer_summary",
    "VideoProducerIssues": ".video_producer_issues",
    "VideoProducerStats": ".video_producer_stats",
    "VideoProducerSummary": ".video_producer_summary",
    "Watermark": ".watermark",
    "WatermarkPosition": ".watermark_position",
    "WatermarkSize": ".watermark_size",
    "Webhook": ".webhook",
    "WebhookCreate": ".webhook_create",
    "WebhookEdit": ".webhook_edit",
    "WebhookEnvelope": ".webhook_envelope",
    "WebhookEvent": ".webhook_event",
    "WebhookEventList": ".webhook_event_list",
    "WebhookList": ".webhook_list",
    "WebhookMeeting": ".webhook_meeting",
    "WebhookOrganizer": ".webhook_organizer",
    "WebhookParticipant": ".webhook_participant",
    "WebhookRecording": ".webhook_recording",
}


def __getattr__(name: str) -> Any:
    """The model `name`, imported from its module on first use."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "ActionParticipant",
    "ActiveLivestreamSession",
    "ActiveLivestreamSessionEnvelope",
    "ActiveRecordingEnvelope",
    "AiConfig",
    "AnalyticsDaywise",
    "AnalyticsDaywiseEnvelope",
    "App",
    "AppCreate",
    "AppCreated",
    "AppCreatedEnvelope",
    "AppDetails",
    "AppEnvelope",
    "AppList",
    "AsnInformation",
    "AudioChannel",
    "AudioCodec",
    "AudioConfig",
    "AudioConsumerStats",
    "AudioConsumerSummary",
    "AudioProducerStats",
    "AudioProducerSummary",
    "BrowserMetadata",
    "CandidatePairs",
    "ChatSyncedEvent",
    "DeletedParticipant",
    "DeletedParticipantEnvelope",
    "DeviceInfo",
    "ErrorDetail",
    "ErrorEnvelope",
    "InteractiveConfig",
    "InteractiveConfigType",
    "IpInformation",
    "KickAllEnvelope",
    "KickedAll",
    "KickedParticipants",
    "KickedParticipantsEnvelope",
    "LatencyBuckets",
    "Livestream",
    "LivestreamAnalytics",
    "LivestreamAnalyticsEnvelope",
    "LivestreamCreate",
    "LivestreamDay",
    "LivestreamDaywiseEnvelope",
    "LivestreamEnvelope",
    "LiveStreamingConfig",
    "LivestreamingStatusUpdateEvent",
    "LivestreamListData",
    "LivestreamListEnvelope",
    "LivestreamPaging",
    "LivestreamSession",
    "LivestreamSessionActive",
    "LivestreamSessionEnvelope",
    "LivestreamSessionOfLivestream",
    "LivestreamSortOrder",
    "LivestreamStart",
    "LivestreamStarted",
    "LivestreamStartedEnvelope",
    "LivestreamStatus",
    "LivestreamStoppedEnvelope",
    "LivestreamStoppedMessage",
    "LivestreamSummary",
    "LivestreamVideoConfig",
    "LivestreamWithSession",
    "LivestreamWithSessionEnvelope",
    "LossBuckets",
    "Meeting",
    "MeetingCreate",
    "MeetingEndedEvent",
    "MeetingEnvelope",
    "MeetingList",
    "MeetingStartedEvent",
    "MeetingStatus",
    "MeetingSummary",
    "MeetingUpdate",
    "MuteAll",
    "MuteAllEnvelope",
    "MutedAll",
    "MutedParticipants",
    "MutedParticipantsEnvelope",
    "NativeMetadata",
    "Paging",
    "PartialPaging",
    "Participant",
    "ParticipantCreate",
    "ParticipantEnvelope",
    "ParticipantJoinedEvent",
    "ParticipantLeftEvent",
    "ParticipantList",
    "ParticipantSelection",
    "ParticipantToken",
    "ParticipantTokenEnvelope",
    "ParticipantUpdate",
    "ParticipantWithToken",
    "ParticipantWithTokenEnvelope",
    "PeerConnectionMetadata",
    "PeerDevice",
    "PeerDeviceUpdate",
    "PeerEvent",
    "PeerEventName",
    "PeerMetadataEvent",
    "PeerMetadataEventMetadata",
    "PeerParticipant",
    "PeerReport",
    "PeerReportData",
    "PeerReportEnvelope",
    "PeerReportFilter",
    "PeerReportMetadata",
    "PeerReportQuality",
    "PeerSelectedDeviceUpdate",
    "PeerTransport",
    "PeerViewType",
    "Poll",
    "PollCreate",
    "PollCreated",
    "PollEnvelope",
    "PollOption",
    "PollVote",
    "Preset",
    "PresetAudioConfig",
    "PresetAudioPermission",
    "PresetAudioPermissionUpdate",
    "PresetBackgroundColors",
    "PresetBackgroundColorsUpdate",
    "PresetBorderRadius",
    "PresetBorderWidth",
    "PresetBrandColors",
    "PresetBrandColorsUpdate",
    "PresetChatPermissions",
    "PresetChatPermissionsUpdate",
    "PresetColors",
    "PresetColorsUpdate",
    "PresetConfig",
    "PresetConfigUpdate",
    "PresetConnectedMeetingsPermissions",
    "PresetConnectedMeetingsPermissionsUpdate",
    "PresetCreate",
    "PresetDesignTokens",
    "PresetDesignTokensUpdate",
    "PresetEnvelope",
    "PresetList",
    "PresetMaxVideoStreams",
    "PresetMaxVideoStreamsUpdate",
    "PresetMediaConfig",
    "PresetMediaConfigUpdate",
    "PresetMediaPermissions",
    "PresetMediaPermissionsUpdate",
    "PresetMediaQuality",
    "PresetPermissions",
    "PresetPermissionsUpdate",
    "PresetPluginAccess",
    "PresetPluginAccessControl",
    "PresetPluginsPermissions",
    "PresetPluginsPermissionsConfig",
    "PresetPluginsPermissionsUpdate",
    "PresetPluginsPermissionsUpdateConfig",
    "PresetPollsPermissions",
    "PresetPollsPermissionsUpdate",
    "PresetPrivateChatPermissions",
    "PresetPrivateChatPermissionsUpdate",
    "PresetProducePermission",
    "PresetPublicChatPermissions",
    "PresetPublicChatPermissionsUpdate",
    "PresetRecorderType",
    "PresetScreenshareConfig",
    "PresetScreenshareConfigUpdate",
    "PresetScreensharePermission",
    "PresetScreensharePermissionUpdate",
    "PresetSummary",
    "PresetTheme",
    "PresetUi",
    "PresetUiUpdate",
    "PresetUpdate",
    "PresetVideoConfig",
    "PresetVideoConfigUpdate",
    "PresetVideoPermission",
    "PresetVideoPermissionUpdate",
    "PresetViewType",
    "PresetWaitingRoomType",
    "QualityDistribution",
    "QualityLimitationDurations",
    "QualityLimitationReason",
    "RealtimekitBucketConfig",
    "Recording",
    "RecordingAction",
    "RecordingActionAction",
    "RecordingBasic",
    "RecordingCaller",
    "RecordingCallerType",
    "RecordingConfig",
    "RecordingDayStats",
    "RecordingEnvelope",
    "RecordingList",
    "RecordingListItem",
    "RecordingSortBy",
    "RecordingStart",
    "RecordingStartReason",
    "RecordingStartReasonKind",
    "RecordingStats",
    "RecordingStatus",
    "RecordingStatusUpdateEvent",
    "RecordingStopReason",
    "RecordingStopReasonKind",
    "RtmpOutConfig",
    "Session",
    "SessionChat",
    "SessionChatEnvelope",
    "SessionDayStats",
    "SessionEnvelope",
    "SessionList",
    "SessionListData",
    "SessionParticipant",
    "SessionParticipantData",
    "SessionParticipantEnvelope",
    "SessionParticipantList",
    "SessionParticipantListData",
    "SessionParticipantSortBy",
    "SessionParticipantView",
    "SessionSortBy",
    "SessionStats",
    "SessionStatus",
    "SessionSummary",
    "SessionSummaryEnvelope",
    "SessionTranscript",
    "SessionTranscriptEnvelope",
    "SessionType",
    "SortOrder",
    "StorageAuthMethod",
    "StorageConfig",
    "StorageType",
    "SummarizationConfig",
    "SummaryEvent",
    "SummaryGeneration",
    "SummaryGenerationEnvelope",
    "SummaryType",
    "TextFormat",
    "TrackLayer",
    "TrackLayerMediaKind",
    "TrackRecordingData",
    "TrackRecordingEnvelope",
    "TrackRecordingStart",
    "TrackRecordingStartLayers",
    "TranscriptEvent",
    "TranscriptFormat",
    "TranscriptionConfig",
    "TranscriptionLanguage",
    "VideoCodec",
    "VideoConfig",
    "VideoConsumerIssues",
    "VideoConsumerStats",
    "VideoConsumerSummary",
    "VideoProducerIssues",
    "VideoProducerStats",
    "VideoProducerSummary",
    "Watermark",
    "WatermarkPosition",
    "WatermarkSize",
    "Webhook",
    "WebhookCreate",
    "WebhookEdit",
    "WebhookEnvelope",
    "WebhookEvent",
    "WebhookEventList",
    "WebhookList",
    "WebhookMeeting",
    "WebhookOrganizer",
    "WebhookParticipant",
    "WebhookRecording",
)
