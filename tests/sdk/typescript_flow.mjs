// The official TypeScript SDK (`cloudflare` on npm) as a real client of the emulator: the life of
// a meeting, through every `client.realtimeKit` method openapi.yaml names. Run by
// tests/sdk/test_typescript_sdk.py, which starts the emulator and asserts on what this prints.
//
// stdin: {"base_url", "control_url", "token", "account_id", "t0", "preset"} (JSON; `preset` is
// a request body for presets.create). stdout: one JSON object, {"calls": [...], "values": {...}}:
// every SDK call (its method, the requests it sent as [method, path, status], an error if it
// threw) and the values the flow read. Exits 0 even when a call fails: the test judges.
import http from "node:http";
import { readFileSync } from "node:fs";
import Cloudflare from "cloudflare";

const config = JSON.parse(readFileSync(0, "utf8"));
const accountID = config.account_id;
const calls = [];
const values = {};
let current = null;

async function recordingFetch(url, init) {
  const response = await fetch(url, init);
  const request = new Request(url, init);
  if (current !== null) {
    current.requests.push([request.method, new URL(request.url).pathname, response.status]);
  }
  return response;
}

const client = new Cloudflare({
  apiToken: config.token,
  baseURL: config.base_url,
  maxRetries: 0,
  timeout: 10_000,
  fetch: recordingFetch,
});

// Call client.realtimeKit.<resource>.<method>(...args), recording it; its answer.
async function rk(name, ...args) {
  const [resource, method] = name.split(".");
  current = { sdk: name, requests: [] };
  calls.push(current);
  try {
    return await client.realtimeKit[resource][method](...args);
  } catch (error) {
    current.error = `${error.constructor.name}: ${error.message}`;
    throw error;
  } finally {
    current = null;
  }
}

async function control(path, body, method = "POST") {
  const response = await fetch(`${config.control_url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

// A loopback receiver for the flow's webhook.
const received = [];
const receiver = http.createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    received.push(JSON.parse(body));
    response.writeHead(200).end();
  });
});
await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const hookURL = `http://127.0.0.1:${receiver.address().port}/hook`;

async function waitForEvent(name, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const event = received.find((e) => e.event === name);
    if (event) return event;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

async function flow() {
  const account = { account_id: accountID };

  const app = (await rk("apps.post", { ...account, name: "TypeScript conformance" })).data.app;
  const apps = await rk("apps.get", account);
  values.app = { name: app.name, listed: apps.data.map((a) => a.id).includes(app.id) };
  const appID = app.id;
  const scope = { ...account, app_id: appID };
  await control("/clock", { account_id: accountID, app_id: appID, now: config.t0, frozen: true }, "PUT");
  const clock = (seconds) =>
    control("/clock/advance", { account_id: accountID, app_id: appID, seconds });

  const hook = (
    await rk("webhooks.createWebhook", appID, {
      ...account,
      name: "Conformance hook",
      url: hookURL,
      events: ["meeting.started"],
      enabled: true,
    })
  ).data;
  const hooks = (await rk("webhooks.getWebhooks", appID, account)).data;
  const hookRead = (await rk("webhooks.getWebhookByID", hook.id, scope)).data;
  const hookEdited = (await rk("webhooks.editWebhook", hook.id, { ...scope, name: "Renamed hook" }))
    .data;
  const hookReplaced = (
    await rk("webhooks.replaceWebhook", hook.id, {
      ...scope,
      name: "Lifecycle hook",
      url: hookURL,
      events: ["meeting.started", "meeting.ended"],
      enabled: true,
    })
  ).data;
  values.webhook = {
    created: [hook.name, hook.url === hookURL, hook.events, hook.enabled],
    listed: hooks.map((h) => h.id).includes(hook.id),
    read: hookRead.id === hook.id,
    edited: [hookEdited.name, hookEdited.events],
    replaced: [hookReplaced.name, [...hookReplaced.events].sort()],
  };

  const preset = (
    await rk("presets.create", appID, { ...account, ...config.preset, name: "ts_host" })
  ).data;
  const presets = (await rk("presets.get", appID, account)).data;
  const presetRead = (await rk("presets.getPresetByID", preset.id, scope)).data;
  const presetUpdated = (
    await rk("presets.update", preset.id, { ...scope, permissions: { can_record: true } })
  ).data;
  const whole = {
    ...config.preset,
    name: "ts_host",
    permissions: { ...config.preset.permissions, can_record: true },
  };
  const presetReplaced = (await rk("presets.replacePresetByID", preset.id, { ...scope, ...whole }))
    .data;
  const spare = (await rk("presets.create", appID, { ...account, ...config.preset, name: "spare" }))
    .data;
  const spareDeleted = (await rk("presets.delete", spare.id, scope)).data;
  const presetsAfter = (await rk("presets.get", appID, account)).data;
  values.preset = {
    created: [preset.name, preset.config.view_type],
    listed: presets.map((p) => p.name).includes("ts_host"),
    read: presetRead.id === preset.id,
    updated: [presetUpdated.name, presetUpdated.permissions.can_record],
    replaced: [presetReplaced.id === preset.id, presetReplaced.permissions.can_record],
    deleted: [spareDeleted.id === spare.id, presetsAfter.map((p) => p.name).includes("spare")],
  };

  const meeting = (await rk("meetings.create", appID, { ...account, title: "Weekly sync" })).data;
  const meetings = await rk("meetings.get", appID, account);
  const meetingRead = (await rk("meetings.getMeetingByID", meeting.id, scope)).data;
  const renamed = (
    await rk("meetings.updateMeetingByID", meeting.id, { ...scope, title: "Team sync" })
  ).data;
  const replaced = (
    await rk("meetings.replaceMeetingByID", meeting.id, {
      ...scope,
      title: "Team sync",
      persist_chat: true,
      transcribe_on_end: true,
      summarize_on_end: false,
      session_keep_alive_time_in_secs: 60,
    })
  ).data;
  const meetingID = meeting.id;
  values.meeting = {
    created: [meeting.title, meeting.status, meeting.created_at],
    listed: [meetings.data.map((m) => m.id), meetings.paging.total_count],
    read: meetingRead.title,
    renamed: renamed.title,
    replaced: [replaced.persist_chat, replaced.transcribe_on_end],
    id: meetingID,
  };

  const people = {};
  for (const custom of ["ada", "bob", "cy"]) {
    people[custom] = (
      await rk("meetings.addParticipant", meetingID, {
        ...scope,
        custom_participant_id: custom,
        preset_name: "ts_host",
        name: custom[0].toUpperCase() + custom.slice(1),
      })
    ).data;
  }
  const inMeeting = { ...scope, meeting_id: meetingID };
  const listedPeople = (await rk("meetings.getMeetingParticipants", meetingID, scope)).data;
  const adaRead = (await rk("meetings.getMeetingParticipant", people.ada.id, inMeeting)).data;
  const bobEdited = (
    await rk("meetings.editParticipant", people.bob.id, { ...inMeeting, name: "Bob B." })
  ).data;
  const fresh = (await rk("meetings.refreshParticipantToken", people.bob.id, inMeeting)).data;
  const cyGone = (await rk("meetings.deleteMeetingParticipant", people.cy.id, inMeeting)).data;
  const remaining = (await rk("meetings.getMeetingParticipants", meetingID, scope)).data;
  values.participants = {
    added: Object.values(people).map((p) => [p.custom_participant_id, p.preset_name]),
    listed: listedPeople.map((p) => p.custom_participant_id).sort(),
    read: adaRead.name,
    edited: bobEdited.name,
    refreshed: Boolean(fresh.token) && fresh.token !== people.bob.token,
    deleted: cyGone.custom_participant_id,
    remaining: remaining.map((p) => p.custom_participant_id).sort(),
  };

  const join = (participant) =>
    control("/join", {
      account_id: accountID,
      app_id: appID,
      meeting_id: meetingID,
      participant_id: participant,
    });
  const adaPeer = await join(people.ada.id);
  const bobPeer = await join(people.bob.id);
  const sessionID = adaPeer.session_id;
  await control("/chat", {
    account_id: accountID,
    app_id: appID,
    meeting_id: meetingID,
    participant_id: people.ada.id,
    message: "Hello from Ada",
  });
  const active = (await rk("activeSession.getActiveSession", meetingID, scope)).data;
  const poll = (
    await rk("activeSession.createPoll", meetingID, {
      ...scope,
      question: "Lunch?",
      options: ["Pizza", "Salad"],
    })
  ).data;
  values.live = {
    same_session: bobPeer.session_id === sessionID,
    active: [active.id === sessionID, active.live_participants, active.status],
    poll: [poll.poll.question, poll.poll.options.map((o) => o.text)],
  };

  const recording = (
    await rk("recordings.startRecordings", appID, { ...account, meeting_id: meetingID })
  ).data;

  // A livestream of the live session beside it: INVOKED now, LIVE 3 s later by the clock.
  const stream = (
    await rk("livestreams.startLivestreamingAMeeting", meetingID, { ...scope, name: "team-sync" })
  ).data;
  const livestreamID = stream.id;
  const invoked = (await rk("livestreams.getMeetingActiveLivestreams", meetingID, scope)).data;
  const notYet = (await rk("livestreams.getActiveLivestreamsForLivestreamID", livestreamID, scope))
    .data;
  await clock(3);
  const wentLive = (await rk("livestreams.getMeetingActiveLivestreams", meetingID, scope)).data;
  const recordingRead = (await rk("recordings.getOneRecording", recording.id, scope)).data;
  const act = (action) =>
    rk("recordings.pauseResumeStopRecording", recording.id, { ...scope, action });
  const paused = (await act("pause")).data;
  const resumed = (await act("resume")).data;
  const activeRecording = (await rk("recordings.getActiveRecordings", meetingID, scope)).data;
  const track = await rk("recordings.startTrackRecording", appID, {
    ...account,
    meeting_id: meetingID,
  });
  await clock(60);

  const onAir = (await rk("livestreams.getActiveLivestreamsForLivestreamID", livestreamID, scope))
    .data;
  const streamStopped = (await rk("livestreams.stopLivestreamingAMeeting", meetingID, scope)).data;
  const streams = (await rk("livestreams.getAllLivestreams", appID, account)).data;
  const streamed = (
    await rk("livestreams.getLivestreamSessionForLivestreamID", livestreamID, scope)
  ).data;
  const byID = (
    await rk("livestreams.getLivestreamSessionDetailsForSessionID", streamed.session.id, scope)
  ).data;
  values.livestream = {
    started: [
      stream.status,
      stream.ingest_server,
      Boolean(stream.stream_key && stream.playback_url),
    ],
    invoked: [
      invoked.id === livestreamID,
      invoked.status,
      invoked.meeting_id === meetingID,
      invoked.name,
      invoked.stream_key === stream.stream_key,
    ],
    not_yet: [notYet.livestream.status, "session" in notYet],
    went_live: [wentLive.id === livestreamID, wentLive.status],
    on_air: [
      onAir.livestream.status,
      onAir.session.livestream_id === livestreamID,
      onAir.session.invoked_time,
      onAir.session.started_time,
      onAir.session.stopped_time,
      onAir.session.ingest_seconds,
      onAir.session.viewer_seconds,
    ],
    viewers: active.live_participants,
    stopped: streamStopped.message,
    listed: [
      streams.id === livestreamID,
      streams.meeting_id === meetingID,
      streams.status,
      streams.name,
      streams.paging.total_count,
    ],
    streamed: [
      streamed.livestream.status,
      streamed.paging.total_count,
      streamed.session.id === onAir.session.id,
      streamed.session.stopped_time,
      streamed.session.ingest_seconds,
      streamed.session.viewer_seconds,
    ],
    by_id: [
      byID.id === streamed.session.id,
      byID.livestream_id === livestreamID,
      byID.started_time,
      byID.stopped_time,
      byID.ingest_seconds,
      byID.viewer_seconds,
    ],
  };

  const stopped = (await act("stop")).data;
  await clock(6);
  const uploaded = (await rk("recordings.getOneRecording", recording.id, scope)).data;
  const recordings = (await rk("recordings.getRecordings", appID, { ...account, meeting_id: meetingID }))
    .data;
  values.recording = {
    statuses: [
      recording.status,
      recordingRead.status,
      paused.status,
      resumed.status,
      activeRecording.status,
      stopped.status,
      uploaded.status,
    ],
    session: recording.session_id === sessionID,
    duration: uploaded.recording_duration,
    times: [uploaded.started_time, uploaded.stopped_time],
    download: Boolean(uploaded.download_url),
    track: [track.success, track.data.recording.status, track.data.recording.id !== recording.id],
    listed: recordings.map((r) => r.id).includes(recording.id),
  };

  const kicked = (
    await rk("activeSession.kickParticipants", meetingID, {
      ...scope,
      participant_ids: [people.bob.id],
    })
  ).data;
  const everyone = (await rk("activeSession.kickAllParticipants", meetingID, scope)).data;
  values.kick = {
    kicked: [kicked.action, kicked.participants.map((p) => p.id === people.bob.id)],
    all: everyone.kicked_participants_count,
  };

  await clock(15);
  const sessions = (await rk("sessions.getSessions", appID, account)).data.sessions;
  const details = (await rk("sessions.getSessionDetails", sessionID, scope)).data;
  const peers = (await rk("sessions.getSessionParticipants", sessionID, scope)).data.participants;
  const peer = (
    await rk("sessions.getSessionParticipantDetails", adaPeer.peer_id, {
      ...scope,
      session_id: sessionID,
    })
  ).data.participant;
  const report = (await rk("sessions.getParticipantDataFromPeerID", adaPeer.peer_id, scope)).data
    .participant;
  const chat = (await rk("sessions.getSessionChat", sessionID, scope)).data;
  const chatCSV = await (await fetch(chat.chat_download_url)).text();
  const transcript = (
    await rk("sessions.getSessionTranscripts", sessionID, { ...scope, format: "JSON" })
  ).data;
  const generating = (await rk("sessions.generateSummaryOfTranscripts", sessionID, scope)).data;
  await clock(11);
  const summary = (await rk("sessions.getSessionSummary", sessionID, scope)).data;
  values.session = {
    listed: sessions.map((s) => [s.id === sessionID, s.status]),
    details: [
      details.associated_id === meetingID,
      details.status,
      details.meeting_display_name,
      details.organization_id === appID,
      details.started_at,
      details.ended_at,
      details.minutes_consumed,
    ],
    peers: peers.map((p) => p.custom_participant_id).sort(),
    peer: [peer.id === adaPeer.peer_id, peer.custom_participant_id],
    report: report.custom_participant_id,
    chat: chatCSV.includes("Hello from Ada"),
    transcript: transcript.transcript_download_url.startsWith(config.control_url.replace("/_emulator", "")),
    generating: [generating.session_id === sessionID, generating.status],
    summary: Boolean(summary.summaryDownloadUrl),
  };

  // The day's analytics: what the flow did (one session, two recordings, one livestream).
  const day = config.t0.slice(0, 10);
  const listedRecordings = (
    await rk("recordings.getRecordings", appID, { ...account, meeting_id: meetingID })
  ).data;
  const durations = {};
  for (const r of listedRecordings) {
    durations[r.id] = (await rk("recordings.getOneRecording", r.id, scope)).data.recording_duration;
  }
  const org = (
    await rk("analytics.getOrgAnalytics", appID, { ...account, start_date: day, end_date: day })
  ).data;
  const since = Math.floor(Date.parse(config.t0) / 1000);
  const range = { ...account, start_time: since, end_time: since + 3600 };
  const overall = (await rk("livestreams.getLivestreamAnalyticsComplete", appID, range)).data;
  const daywise = (await rk("livestreams.getLivestreamAnalyticsDaywise", appID, range)).data;
  values.analytics = {
    durations: [durations[recording.id], durations[track.data.recording.id]],
    recordings: listedRecordings.length,
    sessions: org.session_stats.day_stats.map((d) => [
      d.day,
      d.total_sessions,
      d.total_session_minutes,
    ]),
    session_totals: [org.session_stats.sessions_count, org.session_stats.sessions_minutes_consumed],
    recording_days: org.recording_stats.day_stats.map((d) => [
      d.day,
      d.total_recordings,
      d.total_recording_minutes,
    ]),
    recording_totals: [
      org.recording_stats.recording_count,
      org.recording_stats.recording_minutes_consumed,
    ],
    livestreams: [overall.count, overall.total_ingest_seconds, overall.total_viewer_seconds],
    livestream_days: daywise.map((d) => [
      d.date,
      d.count,
      d.total_ingest_seconds,
      d.total_viewer_seconds,
    ]),
  };

  const started = await waitForEvent("meeting.started");
  const hookDeleted = (await rk("webhooks.deleteWebhook", hook.id, scope)).data;
  const hooksAfter = (await rk("webhooks.getWebhooks", appID, account)).data;
  values.webhook.delivered = started !== null && started.meeting.id === meetingID;
  values.webhook.deleted = [hookDeleted.id === hook.id, hooksAfter.length];
}

let failure = null;
try {
  await flow();
} catch (error) {
  failure = `${error.constructor.name}: ${error.message}`;
} finally {
  receiver.close();
}
process.stdout.write(JSON.stringify({ calls, values, failure }) + "\n");
