"""Checks beyond the schema: answers that are valid JSON and still wrong.

Registered with `@schemathesis.check`, so they run next to schemathesis' own checks on every
response of every phase, in the command-line job (loaded through contract.hooks) and in the
pytest face (loaded by contract.inprocess):

- `read_your_writes`: after a 2xx create, update or replace, the answer and the item read back
  by its GET carry every writable field the request sent (write-only fields excepted, defaults
  applied where a create or replace left a field out, a nested object sent replacing the stored
  one with its own defaults); after a PATCH, every field it did not send is unchanged; after a
  create, the item's list (walked through its pages) holds it. Every answer is compared; the
  first READ_BACKS writes of each operation and phase are read back.
- `gone_means_gone`: after a 2xx DELETE, the item's GET answers 404 and its list no longer
  holds it.
- `lists_tell_the_truth`: a page honours `page_no` and `per_page` (its size and offsets), its
  `paging.total_count` is the number of items reachable through the pages, and an item in a
  list equals its GET; a list whose items the spec wraps in an object (`data.sessions`) is read
  there. A list whose total changes while it is walked (another writer: a second process of
  the job, or real users in a live run) is walked again, and left unjudged if it never holds
  still. A walk found wrong is judged only if a second walk finds the same pages, and a listed
  item found to differ from its GET only if it still does when both are read again: live items
  change by themselves (a live session's minutes, and its place in a list sorted by them).

Which GET reads back a write and which list holds an item come from the spec
(contract.spec), so every resource of the spec is checked without code of its own. The
follow-up requests are GETs only, so the checks are as safe live as the reads they make. A
follow-up answered with something else than a 2xx or 404 (a 429, a 5xx) proves nothing here and
is left to schemathesis' own checks.
"""

from __future__ import annotations

import functools
import math
import threading
from typing import Any

import requests
import schemathesis

from contract import spec

__all__ = ["gone_means_gone", "lists_tell_the_truth", "read_your_writes"]

WRITES = ("POST", "PUT", "PATCH")
MAX_WALK_PAGES = 5  # a list longer than this many full pages is not walked
WALK_ATTEMPTS = 3  # walks of a list that changed while it was walked, before giving up
SAMPLED_ITEMS = 1  # items of a page compared with their GET
# Every write's answer is compared; the first this many writes of each operation in each phase
# are read back by their GET too (reading back all of them made the job a fifth slower).
READ_BACKS = 20
TIMEOUT = 10.0

_lock = threading.Lock()
# What the run last saw of each item (by read operation and path), to check what a PATCH kept.
_last_seen: dict[tuple[str, tuple[tuple[str, str], ...]], dict[str, Any]] = {}
# Bumped by every accepted write; a list is walked once per state of the API.
_writes = 0
_walked: set[tuple[Any, ...]] = set()
_read_backs: dict[tuple[int, str, str], int] = {}
_sessions = threading.local()  # one keep-alive session per thread for the follow-up requests


def _operation_id(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _data(response: Any) -> Any:
    body = _json(response)
    return body.get("data") if isinstance(body, dict) else None


def _page_items(listing: spec.Operation, body: Any) -> list[Any] | None:
    """The items of a page of `listing`: its `data`, or the one array that the spec has `data`
    wrap them in (`data.sessions`); None when the page holds no list."""
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, dict):
        name = _wrapping_field(listing.operation_id)
        data = data.get(name) if name is not None else None
    return data if isinstance(data, list) else None


@functools.cache
def _wrapping_field(operation_id: str) -> str | None:
    """The one array property of a list's 200 `data` object, if the spec wraps its items."""
    arrays = [
        name
        for name, schema in _properties(_data_schema(operation_id, 200)).items()
        if _types(schema) == {"array"}
    ]
    return arrays[0] if len(arrays) == 1 else None


def _get(
    case: Any, response: Any, operation: spec.Operation, path: dict[str, Any], query: Any = None
) -> Any:
    """Send a GET of `operation` like the request behind `response` was sent (same auth)."""
    api = case.operation.schema.find_operation_by_id(operation.operation_id)
    auth = response.request.headers.get("Authorization")
    follow_up = api.Case(
        path_parameters=dict(path),
        query=query or {},
        headers={"Authorization": auth} if auth else {},
    )
    kwargs: dict[str, Any] = {"app": case.operation.app}
    if case.operation.app is None:
        if not hasattr(_sessions, "session"):
            _sessions.session = requests.Session()
        kwargs = {"timeout": TIMEOUT, "session": _sessions.session}
    return case.operation.schema.transport.send(follow_up, **kwargs)


def _last_param(item: spec.Operation) -> str:
    """The path parameter naming the item an item GET reads (`meeting_id`)."""
    return item.path.rsplit("{", 1)[1].rstrip("}")


def _where(operation: spec.Operation, path: dict[str, Any]) -> str:
    shown = operation.path
    for name, value in path.items():
        shown = shown.replace("{" + name + "}", str(value))
    return f"{operation.operation_id} (GET {shown})"


def _key(
    operation: spec.Operation, path: dict[str, Any]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    names = [part[1:-1] for part in operation.path.split("/") if part.startswith("{")]
    return operation.operation_id, tuple((n, str(path.get(n))) for n in names)


# ---- schema helpers ------------------------------------------------------------------------


def _properties(schema: Any) -> dict[str, Any]:
    """Declared properties of an object schema, through `allOf`."""
    schema = spec.resolve(schema) or {}
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found.update(_properties(part))
    return found


def _object_branch(schema: Any) -> Any:
    """The object schema a (possibly `anyOf`/`allOf`-wrapped) property holds, if any."""
    schema = spec.resolve(schema) or {}
    if _properties(schema):
        return schema
    for part in [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]:
        branch = _object_branch(part)
        if branch is not None:
            return branch
    return None


def _types(schema: Any) -> set[str] | None:
    """The JSON types a schema admits, or None when it does not say."""
    schema = spec.resolve(schema) or {}
    declared = schema.get("type")
    if declared is not None:
        return set(declared) if isinstance(declared, list) else {declared}
    branches = [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]
    found: set[str] = set()
    for part in branches:
        types = _types(part)
        if types is None:
            return None
        found |= types
    if "enum" in schema:
        return {"string"} if all(isinstance(v, str) for v in schema["enum"]) else None
    return found or None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _fits(value: Any, schema: Any) -> bool:
    """Whether a response property of this schema can hold `value` as sent."""
    types = _types(schema)
    kind = _json_type(value)
    return types is None or kind in types or (kind == "integer" and "number" in types)


def _expected(sent: dict[str, Any], schema: Any, *, defaults: bool) -> dict[str, Any]:
    """What the API must store for a request body: the writable fields sent, plus defaults."""
    expected = {}
    for name, declared in _properties(schema).items():
        prop = spec.resolve(declared) or {}
        if prop.get("writeOnly"):
            continue
        if name in sent:
            value, nested = sent[name], _object_branch(prop)
            # A nested object sent replaces the stored one as a whole: its own defaults apply.
            expected[name] = (
                _expected(value, nested, defaults=True)
                if isinstance(value, dict) and nested is not None
                else value
            )
        elif defaults and "default" in prop:
            expected[name] = prop["default"]
    return expected


def _mismatches(expected: dict[str, Any], actual: Any, schema: Any, where: str = "") -> list[str]:
    """Fields of `expected` that `actual` (an answer of `schema`) does not hold."""
    if not isinstance(actual, dict):
        return [f"{where or 'data'} is not an object"]
    declared = _properties(schema)
    found = []
    for name, want in expected.items():
        if name not in declared or not _fits(want, declared[name]):
            continue  # the answer does not carry this field, or cannot hold it as sent
        field = f"{where}.{name}" if where else name
        if name not in actual:
            found.append(f"`{field}` sent as {want!r} is missing")
        elif isinstance(want, dict) and isinstance(actual[name], dict):
            found += _mismatches(want, actual[name], _object_branch(declared[name]) or {}, field)
        elif actual[name] != want and not _same_double(want, actual[name]):
            found.append(f"`{field}` sent as {want!r} is {actual[name]!r}")
    return found


SAFE_INTEGER = 2**53


def _same_double(sent: Any, answered: Any) -> bool:
    """An integer beyond ±2**53 comes back as the nearest double: JSON numbers are doubles to
    most parsers (JavaScript's among them), so that is not a lost write."""
    numbers = (int, float)
    if isinstance(sent, bool) or isinstance(answered, bool):
        return False
    if not (isinstance(sent, numbers) and isinstance(answered, numbers)):
        return False
    return abs(sent) > SAFE_INTEGER and float(sent) == float(answered)


def _data_schema(operation_id: str, status: int) -> Any:
    return _properties(spec.response_schema(operation_id, status) or {}).get("data", {})


# ---- read your writes ----------------------------------------------------------------------


@schemathesis.check
def read_your_writes(ctx: Any, response: Any, case: Any) -> bool | None:
    """The answer to a write and the item read back carry what the request wrote."""
    global _writes
    operation_id = _operation_id(case)
    method = case.method.upper()
    if not 200 <= response.status_code < 300:
        return None
    if method == "GET":
        _remember(case, response)
        return None
    with _lock:
        _writes += 1
    read = spec.item_read(operation_id) if method in WRITES else None
    schema = spec.request_schema(operation_id) if read is not None else None
    if read is None or schema is None or not isinstance(case.body, dict):
        return None
    answered = _data(response)
    path = dict(case.path_parameters or {})
    if method == "POST":
        if not isinstance(answered, dict) or "id" not in answered:
            return None  # the schema checks report an answer without an id
        path[_last_param(read)] = answered["id"]
    expected = _expected(case.body, schema, defaults=method != "PATCH")
    answer_schema = _data_schema(operation_id, response.status_code)
    problems = [f"in the answer: {m}" for m in _mismatches(expected, answered, answer_schema)]
    key = _key(read, path)
    before = _last_seen.get(key) if method == "PATCH" else None
    # A PATCH changes only what it sent: every other writable field is as the run last saw it.
    kept = {
        k: v for k, v in (before or {}).items() if k in _properties(schema) and k not in case.body
    }
    problems += [
        f"in the answer: not sent, yet changed: {m}"
        for m in _mismatches(kept, answered, answer_schema)
    ]
    state = answered
    if _read_back_due(case, operation_id):
        back = _get(case, response, read, path)
        where = f"read back by {_where(read, path)}"
        if back.status_code == 404:
            problems.append(f"{where}: 404, the item is not there")
        elif 200 <= back.status_code < 300:
            state = _data(back)
            read_schema = _data_schema(read.operation_id, back.status_code)
            problems += [f"{where}: {m}" for m in _mismatches(expected, state, read_schema)]
            problems += [
                f"{where}: not sent, yet changed: {m}"
                for m in _mismatches(kept, state, read_schema)
            ]
            if method == "POST":
                problems += _listed(case, response, read, path, answered["id"])
    if isinstance(state, dict):
        _last_seen[key] = state
    if problems:
        raise AssertionError(
            f"{case.method} {case.formatted_path} did not keep what it wrote:\n"
            + "\n".join(f"- {p}" for p in problems)
        )
    return None


def _listed(
    case: Any, response: Any, read: spec.Operation, path: dict[str, Any], item_id: Any
) -> list[str]:
    """After a create read back: whether the item's list, walked through its pages, holds it."""
    listing = spec.collection_list(read)
    if listing is None:
        return []
    list_path = _list_path(listing, path)
    walk = _walk(case, response, listing, list_path, {})
    if walk is None or item_id in walk[0]:
        return []
    return [f"{_where(listing, list_path)}, walked through its pages, does not list it"]


def _list_path(listing: spec.Operation, path: dict[str, Any]) -> dict[str, Any]:
    """The path parameters of an item that its list takes too (the parents' ids)."""
    return {k: v for k, v in path.items() if "{" + k + "}" in listing.path}


def _read_back_due(case: Any, operation_id: str) -> bool:
    """Whether this write is one of the first READ_BACKS of its operation and phase."""
    phase = case.meta.phase.name.value if case.meta is not None else ""
    key = (id(case.operation.schema), operation_id, phase)
    with _lock:
        _read_backs[key] = _read_backs.get(key, 0) + 1
        return _read_backs[key] <= READ_BACKS


def _remember(case: Any, response: Any) -> None:
    """Keep what a GET of an item answered, to check later PATCHes against it."""
    operation = spec.operations().get(_operation_id(case))
    data = _data(response)
    if operation is not None and isinstance(data, dict) and spec.collection_list(operation):
        _last_seen[_key(operation, dict(case.path_parameters or {}))] = data


# ---- gone means gone -----------------------------------------------------------------------


@schemathesis.check
def gone_means_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """After a 2xx DELETE, the item's GET answers 404 and its list no longer holds it."""
    if case.method.upper() != "DELETE" or not 200 <= response.status_code < 300:
        return None
    read = spec.item_read(_operation_id(case))
    if read is None:
        return None
    path = dict(case.path_parameters or {})
    item_id = path.get(_last_param(read))
    problems = []
    back = _get(case, response, read, path)
    if 200 <= back.status_code < 300:
        problems.append(f"{_where(read, path)} still answers {back.status_code}")
    listing = spec.collection_list(read)
    if listing is not None:
        walk = _walk(case, response, listing, _list_path(listing, path), {})
        if walk is not None and item_id in walk[0]:
            problems.append(f"{listing.operation_id} still lists it")
    if problems:
        raise AssertionError(
            f"{case.method} {case.formatted_path} answered {response.status_code}, "
            "but the item is not gone:\n" + "\n".join(f"- {p}" for p in problems)
        )
    return None


# ---- lists tell the truth ------------------------------------------------------------------


def _int_param(case: Any, listing: spec.Operation, name: str) -> int | None:
    """The value of an integer query parameter as sent, else its default; None if malformed."""
    raw = (case.query or {}).get(name)
    if raw is None:
        declared: dict[str, Any] = next(
            (
                spec.resolve(p)
                for p in listing.raw.get("parameters", [])
                if spec.resolve(p).get("name") == name
            ),
            {},
        )
        raw = (declared.get("schema") or {}).get("default")
    try:
        return int(raw) if raw is not None and not isinstance(raw, bool) else None
    except (TypeError, ValueError):
        return None


def _walk(
    case: Any, response: Any, listing: spec.Operation, path: dict[str, Any], filters: dict[str, Any]
) -> tuple[list[Any], int] | None:
    """Every item id reachable through the pages, and the total they claim.

    Pages of half the list, so that page_no is exercised too. A walk during which the total
    changed (someone else wrote to the list) is walked again, up to WALK_ATTEMPTS times.
    None when the list never held still, is longer than MAX_WALK_PAGES full pages, or a page
    does not answer 2xx.
    """
    for _ in range(WALK_ATTEMPTS):
        walked = _walk_once(case, response, listing, path, filters)
        if walked is None:
            return None
        ids, claimed, steady = walked
        if steady:
            return ids, claimed
    return None


def _walk_once(
    case: Any, response: Any, listing: spec.Operation, path: dict[str, Any], filters: dict[str, Any]
) -> tuple[list[Any], int, bool] | None:
    """One walk: the ids, the first page's total, and whether every page claimed that total."""
    ids: list[Any] = []
    per_page, page_no, claimed, steady = 100, 1, None, True
    while page_no <= MAX_WALK_PAGES + 1:
        query = {**filters, "page_no": page_no, "per_page": per_page}
        page = _get(case, response, listing, path, query)
        body = _json(page) if 200 <= page.status_code < 300 else None
        items = _page_items(listing, body)
        total = (body.get("paging") or {}).get("total_count") if isinstance(body, dict) else None
        if not isinstance(items, list) or not isinstance(total, int):
            return None
        if claimed is None:
            if total > MAX_WALK_PAGES * 100:
                return None
            claimed = total
            if total > 1 and per_page >= total:  # walk again in two pages
                per_page = math.ceil(total / 2)
                continue
        steady = steady and total == claimed
        ids += [item.get("id") for item in items if isinstance(item, dict)]
        if len(items) < per_page or len(ids) >= claimed:
            break
        page_no += 1
    return ids, claimed if claimed is not None else 0, steady


@schemathesis.check
def lists_tell_the_truth(ctx: Any, response: Any, case: Any) -> bool | None:
    """A page honours page_no and per_page, its total is what the pages hold, items equal GETs."""
    operation_id = _operation_id(case)
    listing = spec.operations().get(operation_id)
    body = _json(response)
    if (
        listing is None
        or case.method.upper() != "GET"
        or response.status_code != 200
        or not isinstance(body, dict)
        or not isinstance(body.get("paging"), dict)
    ):
        return None
    items, paging = _page_items(listing, body), body["paging"]
    page_no, per_page = _int_param(case, listing, "page_no"), _int_param(case, listing, "per_page")
    if items is None or page_no is None or per_page is None or page_no < 1 or per_page < 1:
        return None
    start, end, total = (paging.get(k) for k in ("start_offset", "end_offset", "total_count"))
    problems = []
    if len(items) > per_page:
        problems.append(f"per_page={per_page}, yet the page holds {len(items)} items")
    if items:
        if start != (page_no - 1) * per_page + 1:
            problems.append(
                f"page_no={page_no}, per_page={per_page}: start_offset should be "
                f"{(page_no - 1) * per_page + 1}, is {start}"
            )
        if isinstance(start, int) and end != start + len(items) - 1:
            problems.append(
                f"{len(items)} items from start_offset {start}: end_offset should be "
                f"{start + len(items) - 1}, is {end}"
            )
    elif (start, end) != (0, 0):
        problems.append(f"an empty page has start_offset and end_offset 0, not {start} and {end}")
    if isinstance(total, int) and isinstance(end, int) and end > total:
        problems.append(f"end_offset {end} is past total_count {total}")
    path = dict(case.path_parameters or {})
    filters = {k: v for k, v in (case.query or {}).items() if k not in ("page_no", "per_page")}
    # The pages are walked, and an item compared with its GET, once per state of the API.
    where = (id(case.operation.schema), operation_id, tuple(sorted(path.items())), _writes)
    walk_key = (*where, tuple(sorted(map(str, filters.items()))))
    with _lock:
        fresh, sample = walk_key not in _walked, where not in _walked
        _walked.update((walk_key, where))
    if not problems and page_no == 1 and isinstance(total, int) and total <= per_page:
        if len(items) != total:  # the page is the whole list
            problems.append(f"paging.total_count is {total}, but the only page holds {len(items)}")
    elif fresh and not problems:
        walk = _walk(case, response, listing, path, filters)
        problems = _walk_problems(walk)
        # A list can move under a walk (live items sorted by what changes): it is judged only
        # if a second walk finds it as the first did.
        if problems and _walk(case, response, listing, path, filters) != walk:
            problems = []
    if sample and not problems:
        problems += _items_equal_their_get(case, response, listing, path, items)
    if problems:
        raise AssertionError(
            f"GET {case.formatted_path} does not tell the truth about its list:\n"
            + "\n".join(f"- {p}" for p in problems)
        )
    return None


def _walk_problems(walk: tuple[list[Any], int] | None) -> list[str]:
    """What a walk of the pages (`_walk`) finds wrong with the total they claim."""
    if walk is None:
        return []
    ids, claimed = walk
    problems = []
    if len(ids) != claimed:
        problems.append(f"paging.total_count is {claimed}, but the pages hold {len(ids)} items")
    if len(set(map(str, ids))) != len(ids):
        problems.append("the pages hold the same item more than once")
    return problems


def _items_equal_their_get(
    case: Any, response: Any, listing: spec.Operation, path: dict[str, Any], items: list[Any]
) -> list[str]:
    """Differences between the first listed items and what their GET answers.

    An item found to differ is looked at once more, its page and its GET read again: a live
    item changes by itself between two reads (a live session's minutes), a lie stays.
    """
    read = next(
        (
            o
            for o in spec.operations().values()
            if o.method == "GET" and spec.collection_list(o) == listing
        ),
        None,
    )
    if read is None:
        return []
    problems = []
    for item in [i for i in items if isinstance(i, dict) and "id" in i][:SAMPLED_ITEMS]:
        found = _differences(case, response, read, {**path, _last_param(read): item["id"]}, item)
        if found:
            page = _get(case, response, listing, path, case.query)
            again = _page_items(listing, _json(page)) if page.status_code == 200 else None
            listed = [i for i in again or [] if isinstance(i, dict) and i.get("id") == item["id"]]
            item_path = {**path, _last_param(read): item["id"]}
            found = _differences(case, response, read, item_path, listed[0]) if listed else []
        problems += found
    return problems


def _differences(
    case: Any, response: Any, read: spec.Operation, item_path: dict[str, Any], item: Any
) -> list[str]:
    """How a listed item differs from what its GET answers."""
    back = _get(case, response, read, item_path)
    if back.status_code == 404:
        return [f"item {item['id']} is listed, but {_where(read, item_path)} answers 404"]
    stored = _data(back) if 200 <= back.status_code < 300 else None
    if not isinstance(stored, dict):
        return []
    return [
        f"item {item['id']}: `{k}` is {v!r} in the list, "
        f"{stored.get(k)!r} in {_where(read, item_path)}"
        for k, v in item.items()
        if k in stored and stored[k] != v
    ]
