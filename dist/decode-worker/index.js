import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/flows/json.ts
// Narrowing helpers for the untyped configuration JSON: flow documents are read, never trusted.
function json_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The string value, or '' when absent or of another type (an empty reference is no reference). */
function json_stringField(record, key) {
    const value = record[key];
    return typeof value === 'string' ? value : '';
}
function json_arrayField(record, key) {
    const value = record[key];
    return Array.isArray(value) ? value : [];
}
function recordField(record, key) {
    const value = record[key];
    return json_isRecord(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/flows/document.ts
// Reads the node structure of one flow document (architect-flow-format.md §1.2–1.4, §5.2):
// sequence items, their actions and menu choices. JSON pointers are built only when a finding needs
// one (a million-action flow should not allocate a million pointer arrays it never uses).
// `commonModules[].model` is never read: it is a copy of another flow, validated in that flow's own file.

class ActionNode {
    raw;
    item;
    container;
    index;
    id;
    type;
    /** Set by the reachability walk. */
    reached = false;
    /** `actionOutputs(this)`, kept once read: two rules walk the outputs of every action. */
    outputs = undefined;
    /** Read once: the references and reachability rules both follow it. */
    nextAction;
    constructor(raw, item, 
    /** Pointer of the list or field holding the action, shared by its siblings. */
    container, 
    /** Index in `actionList`; -1 for a menu choice's `action`. */
    index) {
        this.raw = raw;
        this.item = item;
        this.container = container;
        this.index = index;
        this.id = json_stringField(raw, 'id');
        this.type = json_stringField(raw, '__type');
        this.nextAction = json_stringField(raw, 'nextAction');
    }
    get name() {
        return json_stringField(this.raw, 'name');
    }
    get pointer() {
        return this.index === -1 ? this.container : [...this.container, this.index];
    }
}
function document_readFlowDocument(raw, itemList) {
    const items = [];
    const itemsById = new Map();
    for (let index = 0; index < itemList.length; index++) {
        const value = itemList[index];
        if (!json_isRecord(value))
            continue;
        const item = readItem(value, ['flowSequenceItemList', index]);
        items.push(item);
        if (item.id !== '' && !itemsById.has(item.id))
            itemsById.set(item.id, item);
    }
    return { raw, items, itemsById };
}
function readItem(raw, pointer) {
    const item = {
        id: json_stringField(raw, 'id'),
        name: json_stringField(raw, 'name'),
        type: json_stringField(raw, '__type'),
        raw,
        pointer,
        actions: [],
        actionsById: new Map(),
        choices: [],
    };
    const actionList = json_arrayField(raw, 'actionList');
    const container = [...pointer, 'actionList'];
    for (let index = 0; index < actionList.length; index++) {
        const value = actionList[index];
        if (!json_isRecord(value))
            continue;
        const action = new ActionNode(value, item, container, index);
        item.actions.push(action);
        if (action.id !== '' && !item.actionsById.has(action.id))
            item.actionsById.set(action.id, action);
    }
    const choiceList = json_arrayField(raw, 'menuChoiceList');
    for (let index = 0; index < choiceList.length; index++) {
        const value = choiceList[index];
        if (!json_isRecord(value))
            continue;
        const choicePointer = [...pointer, 'menuChoiceList', index];
        const actionValue = value['action'];
        item.choices.push({
            id: json_stringField(value, 'id'),
            name: json_stringField(value, 'name'),
            raw: value,
            pointer: choicePointer,
            item,
            action: json_isRecord(actionValue) ? new ActionNode(actionValue, item, [...choicePointer, 'action'], -1) : undefined,
        });
    }
    return item;
}
/** Every action of the flow: `actionList` entries and menu choice actions, item by item. */
function* allActions(flow) {
    for (const item of flow.items) {
        yield* item.actions;
        for (const choice of item.choices)
            if (choice.action)
                yield choice.action;
    }
}
/** `"Name" (id)`, how messages name a node so a person can find it in Architect and in the file. */
function nodeLabel(node) {
    return node.name === '' ? `(${node.id || 'no id'})` : `"${node.name}" (${node.id || 'no id'})`;
}
/** `task "Billing" (id)`, `menu …`, `state …`: the item's kind in words. */
function itemLabel(item) {
    return `${itemKind(item.type)} ${nodeLabel(item)}`;
}
/** Item kinds by `__type` suffix: real documents have `Task`, `LoopTask`, `Menu`, `State`, `BotState`. */
function itemKind(type) {
    if (type.endsWith('Task'))
        return 'task';
    if (type.endsWith('Menu'))
        return 'menu';
    if (type.endsWith('State'))
        return 'state';
    return 'item';
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/flows/lines.ts
// Character classes, so the hot loops test one table entry per character.
const OTHER = 0;
const QUOTE = 1;
const OPEN = 2;
const CLOSE = 3;
const COMMA = 4;
const SPACE = 5;
const CLASS = new Uint8Array(65536);
CLASS[34] = QUOTE;
CLASS[123] = OPEN;
CLASS[91] = OPEN;
CLASS[125] = CLOSE;
CLASS[93] = CLOSE;
CLASS[44] = COMMA;
for (const code of [32, 9, 10, 13, 58])
    CLASS[code] = SPACE; // a colon separates like white space here
const BACKSLASH = 92;
const OPEN_BRACE = 123;
/**
 * The line of each pointer: of its key for an object member, of its value for an array element.
 * A pointer that is not in the text gets the line of its deepest ancestor that is (1 for none).
 */
function resolveLines(text, pointers) {
    const root = buildTrie(pointers);
    const found = []; // in text order, so lines can be counted in one forward sweep
    const frames = [];
    const length = text.length;
    let pos = 0;
    // The trie node of the value starting at `pos`, noted as found.
    const enterValue = () => {
        const frame = frames[frames.length - 1];
        if (frame === undefined || frame.node?.children === undefined)
            return undefined;
        const child = frame.node.children.get(frame.isArray ? frame.index : frame.key);
        if (child === undefined)
            return undefined;
        child.offset = frame.isArray ? pos : frame.keyOffset;
        found.push(child);
        return child;
    };
    while (pos < length) {
        const kind = CLASS[text.charCodeAt(pos)];
        if (kind === SPACE) {
            pos++;
        }
        else if (kind === QUOTE) {
            const frame = frames[frames.length - 1];
            const end = stringEnd(text, pos);
            if (frame !== undefined && frame.expectingKey) {
                frame.key = keyText(text, pos, end);
                frame.keyOffset = pos;
                frame.expectingKey = false;
            }
            else {
                enterValue();
            }
            pos = end;
        }
        else if (kind === OPEN) {
            const isArray = text.charCodeAt(pos) !== OPEN_BRACE;
            if (frames.length === 0) {
                frames.push({ node: root, isArray, index: 0, expectingKey: !isArray, key: '', keyOffset: pos });
                pos++;
                continue;
            }
            const node = enterValue();
            if (node?.children === undefined) {
                pos = skipContainer(text, pos);
                continue;
            }
            frames.push({ node, isArray, index: 0, expectingKey: !isArray, key: '', keyOffset: pos });
            pos++;
        }
        else if (kind === CLOSE) {
            frames.pop();
            pos++;
        }
        else if (kind === COMMA) {
            const frame = frames[frames.length - 1];
            if (frame !== undefined) {
                if (frame.isArray)
                    frame.index++;
                else
                    frame.expectingKey = true;
            }
            pos++;
        }
        else {
            // A literal (number, true, false, null): note its pointer, then step over it.
            enterValue();
            pos++;
            while (pos < length && CLASS[text.charCodeAt(pos)] === OTHER)
                pos++;
        }
    }
    countLines(text, found);
    return pointers.map((pointer) => deepestLine(root, pointer));
}
function buildTrie(pointers) {
    const root = { children: undefined, offset: 0, line: 1 };
    for (const pointer of pointers) {
        let node = root;
        for (const segment of pointer) {
            node.children ??= new Map();
            let child = node.children.get(segment);
            if (child === undefined) {
                child = { children: undefined, offset: -1, line: 0 };
                node.children.set(segment, child);
            }
            node = child;
        }
    }
    return root;
}
/** Lines of the found nodes, whose offsets ascend: one sweep of native newline searches. */
function countLines(text, found) {
    let line = 1;
    let newline = text.indexOf('\n');
    for (const node of found) {
        while (newline !== -1 && newline < node.offset) {
            line++;
            newline = text.indexOf('\n', newline + 1);
        }
        node.line = line;
    }
}
function deepestLine(root, pointer) {
    let node = root;
    let line = root.line;
    for (const segment of pointer) {
        node = node.children?.get(segment);
        if (node === undefined || node.offset === -1)
            break;
        line = node.line;
    }
    return line;
}
/** Position just after the string that starts at `pos`. */
function stringEnd(text, pos) {
    let at = pos + 1;
    for (;;) {
        const close = text.indexOf('"', at);
        if (close === -1)
            return text.length;
        if (text.charCodeAt(close - 1) !== BACKSLASH)
            return close + 1;
        let backslashes = 1;
        while (close - backslashes - 1 > pos && text.charCodeAt(close - backslashes - 1) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return close + 1;
        at = close + 1;
    }
}
/** Position just after the object or array that starts at `pos` (one no pointer enters). */
function skipContainer(text, pos) {
    const length = text.length;
    let depth = 0;
    while (pos < length) {
        const kind = CLASS[text.charCodeAt(pos)];
        if (kind === QUOTE) {
            pos = stringEnd(text, pos);
            continue;
        }
        if (kind === OPEN)
            depth++;
        else if (kind === CLOSE && --depth === 0)
            return pos + 1;
        pos++;
    }
    return pos;
}
/** A member name; only names with escapes need the JSON parser. */
function keyText(text, start, end) {
    const raw = text.slice(start + 1, end - 1);
    if (!raw.includes('\\'))
        return raw;
    try {
        return JSON.parse(text.slice(start, end));
    }
    catch {
        return raw; // text that is not JSON: its pointers fall back to their ancestors' lines
    }
}

;// CONCATENATED MODULE: ./src/snapshot/canonical.ts
// The one serialisation of committed JSON: keys sorted recursively (by UTF-16 code units, as
// Array.prototype.sort does, so the order never depends on a locale), arrays in their order,
// 2-space indent, `\n` line ends and one final newline. Same value in, same bytes out: that is
// what makes an unchanged org produce no commit.
//
// Two writers give those bytes. The fast one builds key-sorted copies and lets the native
// JSON.stringify write them (several times quicker than a writer in JavaScript). It steps aside for
// what a copy cannot carry: nesting deeper than MAX_FAST_DEPTH (JSON.stringify and the recursive copy
// would overflow the stack; a cycle ends there too) and integer-like keys ("10", "9"), which every
// object enumerates in numeric order whatever order they were added in. Then the iterative writer,
// which takes any depth, writes the document.
/** Nesting the fast writer takes on; JSON.stringify itself overflows near 5,000 on Node 20. */
const MAX_FAST_DEPTH = 1_000;
/** Array indices, which objects enumerate first and in numeric order (ECMA-262 OrdinaryOwnPropertyKeys). */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;
/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
function canonical_canonicalJson(value) {
    if (!isSerialisable(value))
        throw new TypeError('canonicalJson: the value is not JSON data');
    const sorted = sortedCopy(value, 0);
    if (sorted === UNFIT)
        return canonicalJsonIterative(value);
    return JSON.stringify(sorted, null, 2) + '\n';
}
const UNFIT = Symbol('unfit for the fast writer');
/**
 * The value with every object's keys in canonical order, or UNFIT. A plain object or array already in
 * that order is handed on as it is (most arrays, and objects exported with sorted keys); the rest are
 * copied, filled in order so V8 keeps them in its fast shape for JSON.stringify. Only own enumerable
 * keys are read and no `toJSON` is ever called, as in the iterative writer: an object of another kind
 * (a Date, a Map) is always copied.
 */
function sortedCopy(value, depth) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'bigint')
            throw new TypeError('canonicalJson: bigint values have no JSON form');
        return value;
    }
    if (depth >= MAX_FAST_DEPTH)
        return UNFIT;
    if (Array.isArray(value))
        return sortedArray(value, depth);
    const record = value;
    const keys = Object.keys(record);
    const sorted = isSorted(keys) ? keys : keys.slice().sort();
    const prototype = Object.getPrototypeOf(record);
    // Filled only from the first key that differs from the original; until then the original may do.
    let copy = prototype === Object.prototype || prototype === null ? undefined : {};
    for (let index = 0; index < sorted.length; index++) {
        const key = sorted[index];
        const item = record[key];
        const itemCopy = isSerialisable(item) ? sortedCopy(item, depth + 1) : SKIP;
        if (itemCopy === UNFIT || (startsWithDigit(key) && INDEX_KEY.test(key)))
            return UNFIT;
        if (copy === undefined && (itemCopy !== item || key !== keys[index]))
            copy = copyOf(record, sorted, index);
        if (copy === undefined || itemCopy === SKIP)
            continue;
        // Assigning `__proto__` would set the copy's prototype; defining it makes it an ordinary key.
        if (key === '__proto__')
            Object.defineProperty(copy, key, { value: itemCopy, enumerable: true, writable: true, configurable: true });
        else
            copy[key] = itemCopy;
    }
    return copy ?? record;
}
function isSorted(keys) {
    for (let index = 1; index < keys.length; index++)
        if (keys[index - 1] > keys[index])
            return false;
    return true;
}
/** Only a key starting with a digit can be an array index: the pattern is tried on those alone. */
function startsWithDigit(key) {
    const code = key.charCodeAt(0);
    return code >= 48 && code <= 57;
}
/** A new object holding the first `count` keys of `sorted` with their values (already found unchanged). */
function copyOf(record, sorted, count) {
    const copy = {};
    for (let index = 0; index < count; index++) {
        const key = sorted[index];
        if (key === '__proto__')
            Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
        else
            copy[key] = record[key];
    }
    return copy;
}
const SKIP = Symbol('not serialisable');
function sortedArray(array, depth) {
    let copy;
    for (let index = 0; index < array.length; index++) {
        const item = array[index];
        const itemCopy = sortedCopy(item, depth + 1);
        if (itemCopy === UNFIT)
            return UNFIT;
        if (itemCopy !== item && copy === undefined)
            copy = array.slice(0, index);
        if (copy !== undefined)
            copy.push(itemCopy);
    }
    return copy ?? array;
}
/** The same bytes as canonicalJson at any depth, written in JavaScript on an explicit stack (slower). */
function canonicalJsonIterative(value) {
    const out = [];
    const stack = [];
    const open = new Set();
    const emit = (item, indent) => {
        const primitive = primitiveJson(item);
        if (primitive !== undefined) {
            out.push(primitive);
            return;
        }
        const container = item;
        if (open.has(container))
            throw new TypeError('canonicalJson: the value contains a cycle');
        const entries = Array.isArray(container)
            ? container.map((element) => [null, element])
            : Object.keys(container)
                .sort()
                .filter((key) => isSerialisable(container[key]))
                .map((key) => [key, container[key]]);
        const isArray = Array.isArray(container);
        if (entries.length === 0) {
            out.push(isArray ? '[]' : '{}');
            return;
        }
        out.push(isArray ? '[' : '{');
        open.add(container);
        stack.push({ close: isArray ? ']' : '}', indent, entries, next: 0, container });
    };
    if (!isSerialisable(value))
        throw new TypeError('canonicalJson: the value is not JSON data');
    emit(value, '');
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.next < frame.entries.length) {
            const [key, item] = frame.entries[frame.next];
            const inner = frame.indent + '  ';
            out.push(frame.next === 0 ? '\n' : ',\n', inner);
            if (key !== null)
                out.push(JSON.stringify(key), ': ');
            frame.next += 1;
            // Inside arrays, values JSON cannot hold become null, exactly as JSON.stringify does.
            emit(isSerialisable(item) ? item : null, inner);
        }
        else {
            out.push('\n', frame.indent, frame.close);
            open.delete(frame.container);
            stack.pop();
        }
    }
    out.push('\n');
    return out.join('');
}
function isSerialisable(value) {
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
/** JSON text of a primitive, or undefined for objects and arrays. */
function primitiveJson(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return JSON.stringify(value);
        case 'number':
            return Number.isFinite(value) ? JSON.stringify(value) : 'null';
        case 'bigint':
            throw new TypeError('canonicalJson: bigint values have no JSON form');
        case 'object':
            return undefined;
        default:
            return 'null';
    }
}

;// CONCATENATED MODULE: ./src/changes/draft.ts
/** `target.push(...items)` without spreading: a flow can have more changes than a call has argument slots. */
function draft_append(target, items) {
    for (const item of items)
        target.push(item);
}

;// CONCATENATED MODULE: ./src/changes/labels.ts
// Architect's words for the configuration JSON: action types, fields and resource kinds as the
// Architect UI names them. Anything not in a table is named from its key ("numberOfDigitsMax" →
// "number of digits max"), so unknown action types and fields still read sensibly.


/** Action `__type` → the name of the action in Architect's toolbox, where the type name does not say it. */
const ACTION_LABELS = {
    DataAction: 'Call Data Action',
    UpdateVariableAction: 'Update Data',
    TaskAction: 'Jump to Reusable Task',
    TransferTaskAction: 'Jump to Reusable Task',
    TransferMenuAction: 'Jump to Menu',
    TransferPureMatchAction: 'Transfer to ACD',
    TransferFlowAction: 'Transfer to Flow',
    TransferFlowSecureAction: 'Transfer to Secure Flow',
    AskForBooleanAction: 'Ask for Yes/No',
    AskForNLUIntentAction: 'Ask for Intent',
    FindUserByIdAction: 'Find User by Id',
    CallDialogflowBotAction: 'Call Dialogflow Bot',
};
/** Field key → Architect's label, for every action type. `''` hides a wrapper key (its parent names it). */
const FIELD_LABELS = {
    expression: 'expression',
    prompts: 'audio',
    prompt: 'audio',
    defaultAudio: '',
    bargeInExpression: 'barge-in',
    flushExpression: 'flush prompts',
    preTransferAudio: 'pre-transfer audio',
    failureTransferAudio: 'failed-transfer audio',
    preTransferCommunication: 'pre-transfer message',
    failureTransferCommunication: 'failed-transfer message',
    verificationPrompts: 'verification audio',
    processingPrompt: 'processing prompt',
    queues: 'queue',
    skills: 'skills',
    languageSkill: 'language skill',
    directAgent: 'direct agent',
    preferredAgents: 'preferred agents',
    appendSkills: 'append skills',
    priority: 'priority',
    useDefaultHandling: 'default failure handling',
    inQueueFlowName: 'in-queue flow',
    actionName: 'data action',
    category: 'category',
    inputs: 'input',
    outputs: 'output',
    errorBindings: 'failure output',
    timeout: 'timeout',
    useSuggestedTimeout: 'suggested timeout',
    variables: 'assignment',
    flowName: 'flow',
    flowVersion: 'version',
    flowLatestVersion: 'latest version',
    datatableName: 'data table',
    lookupKeyValue: 'lookup key',
    loopCount: 'loop count',
    currentIndex: 'current index',
    cases: 'case',
    value: '',
    paths: 'output',
    label: 'label',
    pathName: 'task output',
    resultData: 'result',
    numberOfDigitsMax: 'maximum digits',
    numberOfDigitsMin: 'minimum digits',
    interDigitTimeout: 'inter-digit timeout',
    noEntryTimeout: 'no-entry timeout',
    messageBody: 'message',
    communication: 'communication',
    digit: 'digit',
    speechRecTerms: 'speech terms',
    globalDtmf: 'global digit',
    globalSpeech: 'global speech',
    screenPopName: 'script',
    botName: 'bot',
    responseName: 'response',
    duration: 'duration',
    exitReason: 'exit reason',
    question: 'question',
};
/** The same key means something else on some action types. */
const FIELD_LABELS_BY_TYPE = {
    CallCommonModuleAction: { flowName: 'common module', flowVersion: 'module version' },
    CallBotFlowAction: { flowName: 'bot flow' },
    SwitchAction: { value: 'condition' },
    GetAttributesAction: { variables: 'attribute' },
    SetAttributesAction: { variables: 'attribute' },
};
/** Flow-level keys (architect-flow-format.md §1.1) → the flow's settings as Architect shows them. */
const FLOW_FIELD_LABELS = {
    name: 'name',
    type: 'type',
    description: 'description',
    defaultLanguage: 'default language',
    supportedLanguages: 'supported language',
    supportedLanguageOptions: 'language options',
    errorHandling: 'error handling',
    handlingType: 'action',
    initialPrompts: 'initial greeting',
    disableAsr: 'speech recognition disabled',
    disableAsrCompanyDirectory: 'company directory speech recognition disabled',
    speechRecCompanyDirectory: 'company directory speech recognition',
    speechRecEngine: 'speech recognition engine',
    suppressRecording: 'recording suppressed',
    defaultSettings: 'action defaults',
    isSecure: 'secure flow',
    variables: 'variable',
    debugSettings: 'debug settings',
    inQueueCallFlowSettings: 'in-queue call settings',
    commonModuleFlowSettings: 'common module settings',
    destinationFlowTypes: 'usable in',
    botFlowSettings: 'bot settings',
    queue: 'queue',
    audio: 'audio',
};
/** `manifest` kinds (§1.4) that name a flow, and how a sentence names the flow of each. */
const FLOW_CALL_KINDS = {
    CallCommonModuleAction: 'common module',
    CallBotFlowAction: 'bot flow',
    TransferFlowAction: 'flow',
    TransferFlowSecureAction: 'secure flow',
    TransferPureMatchAction: 'in-queue flow',
};
/** `manifest` resource kinds → their names in Architect; other kinds are named from the key. */
const RESOURCE_LABELS = {
    queue: 'queue',
    dataAction: 'data action',
    dataTable: 'data table',
    userPrompt: 'prompt',
    systemPrompt: 'system prompt',
    schedule: 'schedule',
    scheduleGroup: 'schedule group',
    ttsEngine: 'TTS engine',
    ttsVoice: 'TTS voice',
    acdSkill: 'skill',
    skill: 'skill',
    emergencyGroup: 'emergency group',
};
/** Value-object type codes (§1.3) whose text names a resource the flow uses. */
const RESOURCE_VALUE_TYPES = { que: 'queue', pmt: 'prompt' };
/** Field keys whose (name) value names a resource or a called flow. */
const RESOURCE_FIELDS = {
    actionName: 'resource',
    datatableName: 'resource',
    queues: 'resource',
    flowName: 'flow-call',
    inQueueFlowName: 'flow-call',
};
function actionTypeLabel(type) {
    return ACTION_LABELS[type] ?? (words(type.replace(/Action$/, '')) || 'Action');
}
function labels_fieldLabel(key, actionType) {
    if (LANGUAGE_TAG.test(key))
        return key; // speech terms and prompts are kept per language: `en-US`
    return FIELD_LABELS_BY_TYPE[actionType]?.[key] ?? FIELD_LABELS[key] ?? keyWords(key);
}
/** Keys repeat on every action of a large flow: each is put into words once. */
const KEY_WORDS = new Map();
function keyWords(key) {
    let label = KEY_WORDS.get(key);
    if (label === undefined) {
        label = words(key).toLowerCase();
        if (KEY_WORDS.size < 10_000)
            KEY_WORDS.set(key, label);
    }
    return label;
}
const LANGUAGE_TAG = /^[a-z]{2,3}-[A-Za-z0-9-]+$/;
/** An item's own settings: on a task or state `variables` are its variables, not assignments. */
function labels_itemFieldLabel(key) {
    return ITEM_FIELD_LABELS[key] ?? labels_fieldLabel(key, '');
}
const ITEM_FIELD_LABELS = { variables: 'variable', paths: 'output', prompts: 'audio', menuChoiceList: 'choice' };
function labels_flowFieldLabel(key) {
    return FLOW_FIELD_LABELS[key] ?? FIELD_LABELS[key] ?? keyWords(key);
}
function resourceLabel(kind) {
    return RESOURCE_LABELS[kind] ?? words(kind).toLowerCase();
}
/** `CamelCaseKey` → `Camel Case Key`; runs of capitals stay one word (`NLUIntent` → `NLU Intent`). */
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .trim();
}
/**
 * How a sentence names an action: `Decision "Open today?"`. Architect names a new action after its
 * type, so an action still called that (or unnamed) is told apart by the number Architect shows
 * beside it (its `trackingId`): `Play Audio #15`.
 */
function labels_actionText(action, numbered = true) {
    const type = actionTypeLabel(action.type);
    const name = action.name;
    if (name !== '' && name.toLowerCase() !== type.toLowerCase())
        return `${type} ${quoted(name)}`;
    if (!numbered)
        return type;
    const number = action.raw['trackingId'];
    return typeof number === 'number' ? `${type} #${number}` : name === '' ? `${type} (${action.id || 'no id'})` : type;
}
/** `task "Billing"`, `menu "Main Menu"`: the item's kind and name (its id when it has none). */
function labels_itemText(item) {
    return `${itemKind(item.type)} ${item.name === '' ? `(${item.id || 'no id'})` : quoted(item.name)}`;
}
/** The item's name for `FlowChange.itemName`. */
function itemName(item) {
    return item.name === '' ? item.id : item.name;
}
function labels_choiceText(choice) {
    const digit = choice.raw['digit'];
    const key = typeof digit === 'number' || (typeof digit === 'string' && digit !== '') ? ` (digit ${digit})` : '';
    return `choice ${quoted(choice.name || json_stringField(choice.raw, 'id'))}${key}`;
}
const MAX_QUOTED = 100;
/** Text in double quotes, cut to a readable length. */
function quoted(text) {
    const chars = [...text.replace(/\s+/g, ' ')];
    return `"${chars.length <= MAX_QUOTED ? chars.join('') : `${chars.slice(0, MAX_QUOTED - 1).join('')}…`}"`;
}

;// CONCATENATED MODULE: ./src/changes/fields.ts
// A field-by-field walk of two versions of one record (an action, a menu choice, an item, the flow's
// settings), reporting each setting that changed in Architect's terms. Value objects
// (`{text, type, config, …}`, §1.3) are compared by their `text`: `config` is the parsed form of the
// same text. Lists of records are matched by their id, output id, case id or name, so a reordered
// list is no change and an inserted element is one change, not a cascade.


/** Keys that never carry meaning for a person: positions, counters, UI state, derived labels, edges. */
const NOISE_KEYS = new Set(['trackingId', 'uiMetaData', 'metaData', 'localizedLabel', 'nextActionId', 'nextAction']);
function fields_diffFields(before, after, context) {
    const changes = [];
    walkRecord(before, after, [], [], '', context, changes, true);
    return changes;
}
function isValueObject(value) {
    return json_isRecord(value) && typeof value['text'] === 'string' && typeof value['type'] === 'string' && !('__type' in value);
}
function walk(before, after, path, labels, key, context, out) {
    if (isValueObject(before) || isValueObject(after)) {
        const was = isValueObject(before) ? json_stringField(before, 'text') : scalarText(before);
        const now = isValueObject(after) ? json_stringField(after, 'text') : scalarText(after);
        if (was !== now) {
            const valueType = json_stringField(isValueObject(after) ? after : before, 'type');
            // Pinned to the `text` line: the value itself, not the `{` that opens it.
            out.push({ path: isValueObject(after) ? [...path, 'text'] : path, key, label: joined(labels), before: was, after: now, valueType });
        }
        return;
    }
    if (Array.isArray(before) || Array.isArray(after)) {
        walkList(Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], path, labels, key, context, out);
        return;
    }
    if (json_isRecord(before) || json_isRecord(after)) {
        walkRecord(json_isRecord(before) ? before : {}, json_isRecord(after) ? after : {}, path, labels, key, context, out, false);
        return;
    }
    if (scalarText(before) !== scalarText(after)) {
        const literal = typeof (after ?? before) === 'number' || typeof (after ?? before) === 'boolean';
        out.push({ path, key, label: joined(labels), before: scalarText(before), after: scalarText(after), literal });
    }
}
function walkRecord(before, after, path, labels, key, context, out, top) {
    const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
    for (const field of keys) {
        if (NOISE_KEYS.has(field) || (top && context.skipTop.has(field)))
            continue;
        const was = before[field];
        if (was === after[field] && (was === null || typeof was !== 'object'))
            continue; // the common case, without allocating a path
        if (shownByName(field, before, after))
            continue;
        const label = context.label(field);
        walk(before[field], after[field], [...path, field], label === '' ? labels : [...labels, label], top ? field : key, context, out);
    }
}
/**
 * `flowId` beside `flowName`, `actionId` beside `actionName`, …: the name says it, ids only when the
 * name stayed the same (two things of one name).
 */
function shownByName(field, before, after) {
    const stem = /^(.+)(Id|Reference)$/.exec(field)?.[1];
    if (stem === undefined)
        return false;
    const nameKey = `${stem}Name`;
    if (!(nameKey in before) && !(nameKey in after))
        return false;
    return scalarText(before[nameKey]) !== scalarText(after[nameKey]) || scalarText(before[field]) === scalarText(after[field]);
}
function walkList(before, after, path, labels, key, context, out) {
    const label = joined(labels);
    if (before.every(isPlain) && after.every(isPlain)) {
        const was = new Set(before.map(plainText).filter((text) => text !== ''));
        const now = new Set(after.map(plainText).filter((text) => text !== ''));
        const valueType = [...after, ...before].find(isValueObject)?.['type'];
        const typed = typeof valueType === 'string' ? { valueType } : {};
        const added = [...now].filter((value) => !was.has(value));
        const removed = [...was].filter((value) => !now.has(value));
        // An added value is pinned to its own line (the `text` of a value object).
        const at = (value) => {
            const index = after.findIndex((element) => plainText(element) === value);
            return index === -1 ? path : isValueObject(after[index]) ? [...path, index, 'text'] : [...path, index];
        };
        if (added.length === 1 && removed.length === 1) {
            // One value swapped for another (a Transfer to ACD's queue): one change, read as "A → B".
            out.push({ path: at(added[0]), key, label, before: removed[0], after: added[0], ...typed });
            return;
        }
        for (const value of added)
            out.push({ path: at(value), key, label, after: value, ...typed });
        for (const value of removed)
            out.push({ path, key, label, before: value, ...typed });
        return;
    }
    const elementKey = keyOf(before, after);
    if (elementKey === undefined) {
        const length = Math.max(before.length, after.length);
        for (let index = 0; index < length; index++) {
            const at = index < after.length ? [...path, index] : path;
            walk(before[index], after[index], at, [...labels, `${index + 1}`], key, context, out);
        }
        return;
    }
    const oldByKey = new Map(before.map((element) => [elementKey(element), element]));
    const newKeys = new Set();
    after.forEach((element, index) => {
        const record = element;
        const id = elementKey(record);
        newKeys.add(id);
        const old = oldByKey.get(id);
        const named = `${label} "${elementName(record)}"`.trim();
        if (old === undefined)
            out.push({ path: [...path, index, ...nameKey(record)], key, label: named, after: elementSummary(record) });
        else if (isVariable(record))
            walk({ ...old, id: undefined }, { ...record, id: undefined }, [...path, index], [named], key, context, out);
        else
            walk(old, record, [...path, index], [named], key, context, out);
    });
    for (const [id, old] of oldByKey) {
        if (!newKeys.has(id))
            out.push({ path, key, label: `${label} "${elementName(old)}"`.trim(), before: elementSummary(old) });
    }
}
/** How list elements are matched across versions, or undefined to match them by position. */
function keyOf(before, after) {
    const all = [...before, ...after];
    if (!all.every(json_isRecord))
        return undefined;
    const records = all;
    // A variable is known by its name (`Flow.x`) in every expression; its id is Architect's own.
    if (records.every(isVariable) && unique(before, 'name') && unique(after, 'name')) {
        return (record) => json_stringField(record, 'name');
    }
    for (const field of ['id', 'outputId', 'referenceId']) {
        if (records.every((record) => json_stringField(record, field) !== '') && unique(before, field) && unique(after, field)) {
            return (record) => json_stringField(record, field);
        }
    }
    if (records.every((record) => isValueObject(record['variable'])))
        return (record) => json_stringField(record['variable'], 'text');
    if (records.every((record) => json_stringField(record, 'name') !== '') && unique(before, 'name') && unique(after, 'name')) {
        return (record) => json_stringField(record, 'name');
    }
    return undefined;
}
/** A variable definition (`IntegerVariable`, `StringVariable`, …): matched, and told apart, by its name. */
function isVariable(record) {
    return json_stringField(record, '__type').endsWith('Variable');
}
function unique(list, field) {
    return new Set(list.map((element) => json_stringField(element, field))).size === list.length;
}
/** The key that names an element, so an added one is pinned to the line that says which it is. */
function nameKey(record) {
    const key = ['name', 'label', 'variable', 'id'].find((candidate) => candidate in record);
    if (key === undefined)
        return [];
    return isValueObject(record[key]) ? [key, 'text'] : [key];
}
function elementName(record) {
    const variable = record['variable'];
    if (isValueObject(variable))
        return json_stringField(variable, 'text');
    return json_stringField(record, 'name') || json_stringField(record, 'label') || json_stringField(record, 'id');
}
/** What an added or removed element holds, in a few words: its value or expression. */
function elementSummary(record) {
    for (const field of ['value', 'expression', 'initialValue']) {
        const value = record[field];
        if (isValueObject(value) && json_stringField(value, 'text') !== '')
            return json_stringField(value, 'text');
    }
    return isValueObject(record) ? json_stringField(record, 'text') : '';
}
function isPlain(value) {
    return value === null || typeof value !== 'object' || isValueObject(value);
}
function plainText(value) {
    return isValueObject(value) ? json_stringField(value, 'text') : scalarText(value);
}
/** Absent, null and '' are all "not set". */
function scalarText(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
function joined(labels) {
    return labels.filter((label) => label !== '').join(' ');
}
/** One change as words: `expression "A" → "B"`, `input "queueId" added: "Task.Queue.id"`. */
function fieldSentence(change) {
    // Audio reads as its words, unless the words stayed the same (then the change is elsewhere in the expression).
    const words = change.valueType === 'aud' && audioWords(change.before ?? '') !== audioWords(change.after ?? '');
    const show = (text) => (change.literal ? text : quoted(words ? audioWords(text) : text));
    const label = change.label === '' ? 'value' : change.label;
    if (change.before === undefined)
        return `${label} added${change.after ? `: ${show(change.after)}` : ''}`;
    if (change.after === undefined)
        return `${label} removed`;
    if (change.before === '')
        return `${label} set to ${show(change.after)}`;
    if (change.after === '')
        return `${label} cleared (was ${show(change.before)})`;
    return `${label} ${show(change.before)} → ${show(change.after)}`;
}
const AUDIO_PART = /ToAudioTTS\(\s*"((?:[^"\\]|\\.)*)"|(Prompt\.[\p{L}\p{N}_]+)/gu;
/**
 * The words of an audio expression: its TTS texts and prompts, so
 * `AudioPlaybackOptions(ToAudioTTS("Hello"), true)` reads `Hello`. Anything else stays the expression.
 */
function audioWords(expression) {
    const parts = [...expression.matchAll(AUDIO_PART)].map((match) => (match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]));
    return parts.length === 0 ? expression : parts.join(' + ');
}

;// CONCATENATED MODULE: ./src/flows/calls.ts
// Flow-to-flow calls (architect-flow-format.md §5.2): any action field `flowId` or ending in `FlowId`
// (`inQueueFlowId`, …) with a non-empty value. Read generically, so unknown action types still count.


/**
 * One call, holding only plain values and the raw records the document already holds, so a flow's
 * node structure can be let go once its own rules have run (a million flows stay small).
 */
class FlowCallSite {
    flowId;
    field;
    actionType;
    actionId;
    action;
    item;
    itemPointer;
    actionIndex;
    /** Filled in by validation, once: the called flow's index among the validated flows (-1: none)… */
    targetIndex = -1;
    /** …and its lower-case type; undefined when the flow is neither validated nor in the repository. */
    targetType = undefined;
    constructor(flowId, 
    /** The field that holds the id, e.g. `flowId` or `inQueueFlowId`. */
    field, actionType, actionId, action, item, 
    /** `['flowSequenceItemList', i]`, shared with the item. */
    itemPointer, 
    /** Index in `actionList`, or -1 … -n for the action of menu choice n - 1. */
    actionIndex) {
        this.flowId = flowId;
        this.field = field;
        this.actionType = actionType;
        this.actionId = actionId;
        this.action = action;
        this.item = item;
        this.itemPointer = itemPointer;
        this.actionIndex = actionIndex;
    }
    /** The flow name the caller recorded next to the id (`flowName`, `inQueueFlowName`), or ''. */
    get flowName() {
        return json_stringField(this.action, this.field.slice(0, -2) + 'Name');
    }
    /** `Action "Name" (id) in task "Name" (id)`, how messages introduce the calling action. */
    get actionText() {
        const item = { name: json_stringField(this.item, 'name'), id: json_stringField(this.item, 'id') };
        return `Action ${nodeLabel({ name: json_stringField(this.action, 'name'), id: this.actionId })} in ${itemKind(json_stringField(this.item, '__type'))} ${nodeLabel(item)}`;
    }
    get actionLabel() {
        return nodeLabel({ name: json_stringField(this.action, 'name'), id: this.actionId });
    }
    /** The call's id field. */
    get pointer() {
        return this.actionIndex >= 0
            ? [...this.itemPointer, 'actionList', this.actionIndex, this.field]
            : [...this.itemPointer, 'menuChoiceList', -this.actionIndex - 1, 'action', this.field];
    }
}
function isFlowCallField(field) {
    return field === 'flowId' || field.endsWith('FlowId');
}
function readFlowCalls(flow) {
    const calls = [];
    for (const item of flow.items) {
        for (const action of item.actions)
            readCalls(calls, action.raw, action.type, action.id, item.raw, item.pointer, action.index);
        for (const choice of item.choices) {
            const choiceIndex = choice.pointer[choice.pointer.length - 1];
            if (choice.action)
                readCalls(calls, choice.action.raw, choice.action.type, choice.action.id, item.raw, item.pointer, -choiceIndex - 1);
        }
    }
    return calls;
}
function readCalls(calls, action, actionType, actionId, item, itemPointer, actionIndex) {
    for (const field in action) {
        if (!isFlowCallField(field))
            continue;
        const flowId = action[field];
        if (typeof flowId === 'string' && flowId !== '') {
            calls.push(new FlowCallSite(flowId, field, actionType, actionId, action, item, itemPointer, actionIndex));
        }
    }
}
/**
 * The flows a document calls, each flow id and calling action type once, in document order.
 * For the export engine, to close over dependencies from documents it already downloaded.
 */
function flowCallTargets(document) {
    if (!isRecord(document))
        return [];
    const targets = [];
    const seen = new Set();
    for (const call of readFlowCalls(readFlowDocument(document, arrayField(document, 'flowSequenceItemList')))) {
        const key = `${call.flowId}\u0000${call.actionType}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        targets.push({ flowId: call.flowId, actionType: call.actionType });
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/changes/flow-level.ts
// What changed at flow level: the flow's own settings, the flows it calls, and the resources its
// `manifest` (§1.4) lists. A swap made inside one action (a Transfer to ACD's queue, a Call Common
// Module's module) is told once, by that action's change; the flow-level lists only add what no
// action change says.





/** Flow keys told elsewhere (items, start, calls, resources) or that are no one's edit (§5.1: snapshot copies, counters, format data). */
const flow_level_FLOW_SKIP = new Set([
    'flowSequenceItemList',
    'initialSequence',
    'manifest',
    'commonModules',
    'customDefinitions',
    'nextTrackingNumber',
    'flowMetaData',
    'name',
]);
function flowSettingChanges(before, after) {
    const drafts = [];
    const was = json_stringField(before, 'name');
    const now = json_stringField(after, 'name');
    if (was !== now)
        drafts.push({ kind: 'flow', text: `Flow renamed from ${quoted(was)} to ${quoted(now)}`, pointer: ['name'] });
    for (const change of fields_diffFields(before, after, { skipTop: flow_level_FLOW_SKIP, label: labels_flowFieldLabel })) {
        drafts.push({ kind: 'flow', text: `Flow ${fieldSentence(change)}`, pointer: change.path });
    }
    return drafts;
}
/**
 * Flows called or no longer called (`flowId`, `inQueueFlowId`, … on any action, read as calls.ts
 * reads them). `explained` holds the actions whose own change already names the called flow.
 */
function flowCallChanges(before, after, explained) {
    const oldCalls = firstCallByFlow(readFlowCalls(before));
    const newCalls = firstCallByFlow(readFlowCalls(after));
    const drafts = [];
    const callers = new Map([...allActions(after)].map((action) => [action.id, action]));
    for (const [flowId, call] of newCalls) {
        if (oldCalls.has(flowId) || explained.has(call.actionId))
            continue;
        const action = callers.get(call.actionId);
        const from = action === undefined ? '' : ` (${labels_actionText(action)} in ${labels_itemText(action.item)})`;
        drafts.push({ kind: 'flow-call', text: `Now calls ${callText(call)}${from}`, pointer: call.pointer, actionId: call.actionId });
    }
    for (const [flowId, call] of oldCalls) {
        if (newCalls.has(flowId) || explained.has(call.actionId))
            continue;
        drafts.push({ kind: 'flow-call', text: `No longer calls ${callText(call)}`, actionId: call.actionId });
    }
    return drafts;
}
function firstCallByFlow(calls) {
    const byFlow = new Map();
    for (const call of calls)
        if (!byFlow.has(call.flowId))
            byFlow.set(call.flowId, call);
    return byFlow;
}
function callText(call) {
    const kind = call.field === 'inQueueFlowId' ? 'in-queue flow' : (FLOW_CALL_KINDS[call.actionType] ?? 'flow');
    return `${kind} ${call.flowName === '' ? `(${call.flowId})` : quoted(call.flowName)}`;
}
/**
 * Resources the flow started or stopped using, by `manifest` kind and id. Flow kinds are flow calls
 * (above) and `language` is the supported languages (a flow setting). `explained` holds the actions
 * whose own resource change already tells it.
 */
function resourceChanges(before, after, explained) {
    const oldResources = readResources(before);
    const newResources = readResources(after);
    const added = [...newResources.values()].filter((resource) => !oldResources.has(key(resource)) && !resource.users.some((id) => explained.has(id)));
    const removed = [...oldResources.values()].filter((resource) => !newResources.has(key(resource)) && !resource.users.some((id) => explained.has(id)));
    const drafts = [];
    const swapped = new Set();
    for (const resource of added) {
        // One replaced another of its kind in the same action: "queue "Sales" → "Support"".
        const replaced = removed.find((old) => old.kind === resource.kind && !swapped.has(old) && old.users.some((id) => resource.users.includes(id)));
        const pointer = ['manifest', resource.kind, resource.index];
        if (replaced !== undefined) {
            swapped.add(replaced);
            drafts.push({ kind: 'resource', text: `${resourceLabel(resource.kind)} ${nameOf(replaced)} → ${nameOf(resource)}`, pointer, actionId: resource.users[0] });
        }
        else {
            drafts.push({ kind: 'resource', text: `Now uses ${resourceLabel(resource.kind)} ${nameOf(resource)}`, pointer });
        }
    }
    for (const resource of removed) {
        if (!swapped.has(resource))
            drafts.push({ kind: 'resource', text: `No longer uses ${resourceLabel(resource.kind)} ${nameOf(resource)}` });
    }
    return drafts;
}
function readResources(flow) {
    const resources = new Map();
    const manifest = recordField(flow, 'manifest') ?? {};
    for (const kind of Object.keys(manifest)) {
        if (kind === 'language' || /flows?$/i.test(kind))
            continue;
        json_arrayField(manifest, kind).forEach((entry, index) => {
            if (!json_isRecord(entry) || json_stringField(entry, 'id') === '')
                return;
            const users = json_arrayField(entry, 'context').flatMap((context) => (json_isRecord(context) && json_stringField(context, 'id') !== '' ? [json_stringField(context, 'id')] : []));
            const resource = { kind, id: json_stringField(entry, 'id'), name: json_stringField(entry, 'name'), index, users };
            if (!resources.has(key(resource)))
                resources.set(key(resource), resource);
        });
    }
    return resources;
}
function key(resource) {
    return `${resource.kind}\u0000${resource.id}`;
}
function nameOf(resource) {
    return resource.name === '' ? `(${resource.id})` : quoted(resource.name);
}

;// CONCATENATED MODULE: ./src/flows/edges.ts

/** The tutorial's names for the real output ids; messages use both so either reader recognises them. */
const TUTORIAL_NAMES = {
    __YES__: 'ifTrue',
    __NO__: 'ifFalse',
    __TIMEOUT__: 'onTimeout',
    __FAILURE__: 'onException',
};
/** Canvas labels of the built-in outputs, for outputs written without a `label`. */
const OUTPUT_LABELS = {
    __YES__: 'Yes',
    __NO__: 'No',
    __TIMEOUT__: 'Timeout',
    __FAILURE__: 'Failure',
    __SUCCESS__: 'Success',
    __DEFAULT__: 'Default',
    __LOOP__: 'Loop',
};
const LITERAL_OUTPUTS = [
    ['ifTrue', '__YES__'],
    ['ifFalse', '__NO__'],
    ['onTimeout', '__TIMEOUT__'],
    ['onException', '__FAILURE__'],
];
class ActionOutput {
    action;
    target;
    field;
    index;
    source;
    literalOutputId;
    constructor(action, 
    /** The first action of the branch; '' when the branch is empty (execution goes on after the action). */
    target, 
    /** `paths[index]`, the loop's `path`, or a literal field such as `ifTrue`. */
    field, index, source, literalOutputId) {
        this.action = action;
        this.target = target;
        this.field = field;
        this.index = index;
        this.source = source;
        this.literalOutputId = literalOutputId;
    }
    /** `true` for the loop body of a `LoopAction` (`path`): its end goes back to the loop. */
    get loopBody() {
        return this.field === 'path';
    }
    /** How a message names this output, e.g. `ifFalse output (__NO__)` or `output "Success"`. */
    get name() {
        if (this.source === undefined)
            return outputName(this.literalOutputId, '');
        return outputName(json_stringField(this.source, 'outputId'), json_stringField(this.source, 'label'));
    }
    /** `__YES__`, `__FAILURE__`, a case's GUID, …: what identifies this output across versions. */
    get outputId() {
        return this.source === undefined ? this.literalOutputId : json_stringField(this.source, 'outputId');
    }
    /** The output as Architect's canvas labels it (`Yes`, `Failure`, `Case 1`), else its id. */
    get label() {
        const label = this.source === undefined ? '' : json_stringField(this.source, 'label');
        return label || OUTPUT_LABELS[this.outputId] || this.outputId || '(no id)';
    }
    /** The `nextActionId` field when set, else the output itself. */
    get pointer() {
        const base = this.index === -1 ? [...this.action.pointer, this.field] : [...this.action.pointer, this.field, this.index];
        return this.source !== undefined && this.target !== '' ? [...base, 'nextActionId'] : base;
    }
}
function outputName(outputId, label) {
    const tutorial = TUTORIAL_NAMES[outputId];
    if (tutorial !== undefined)
        return `${tutorial} output (${outputId})`;
    if (label !== '')
        return `output "${label}"`;
    return `output ${outputId || '(no id)'}`;
}
/** `paths[]`, `path` and the literal `ifTrue`/`ifFalse`/`onTimeout`/`onException` fields, in that order. */
const NO_OUTPUTS = Object.freeze([]);
function edges_actionOutputs(action) {
    if (action.outputs !== undefined)
        return action.outputs;
    let outputs; // most actions have none: share one empty list
    const paths = json_arrayField(action.raw, 'paths');
    for (let index = 0; index < paths.length; index++) {
        const path = paths[index];
        if (json_isRecord(path))
            (outputs ??= []).push(new ActionOutput(action, json_stringField(path, 'nextActionId'), 'paths', index, path, ''));
    }
    const loopPath = recordField(action.raw, 'path');
    if (loopPath)
        (outputs ??= []).push(new ActionOutput(action, json_stringField(loopPath, 'nextActionId'), 'path', -1, loopPath, ''));
    for (const [field, outputId] of LITERAL_OUTPUTS) {
        const target = json_stringField(action.raw, field);
        if (target !== '')
            (outputs ??= []).push(new ActionOutput(action, target, field, -1, undefined, outputId));
    }
    action.outputs = outputs ?? NO_OUTPUTS;
    return action.outputs;
}

;// CONCATENATED MODULE: ./src/changes/wiring.ts
// Rewiring: where an action's outputs, its "next action", a task's start and the jumps between items
// lead, before and after. Adding an action between A and B re-points A at it, and removing it re-points
// A at what followed; those edits are the "added"/"removed" changes themselves, so an edge counts as
// rewired only when it leads elsewhere once the added and removed actions are stepped over.




/**
 * Whether an edge now leads elsewhere. An edge into an added (or moved-in) action is told by that
 * action's placement ("after …", "on "Yes" of …", "at the start"), so it is not told twice.
 */
function repointed(pair, from, to) {
    if (to !== '' && !pair.kept.has(to))
        return false;
    return settle(pair.before, from, pair.kept) !== settle(pair.after, to, pair.kept);
}
/** `(was X)`; `(was another X)` when two different things share a name, so the sentence is not "X (was X)". */
function wasText(now, was) {
    return now.endsWith(was) ? `(was another ${was})` : `(was ${was})`;
}
/** `target`, or the first kept action its chain of non-kept actions leads to ('' for the branch end). */
function settle(item, target, kept) {
    let current = target;
    for (let steps = 0; current !== '' && !kept.has(current) && steps <= item.actions.length; steps++) {
        current = item.actionsById.get(current)?.nextAction ?? '';
    }
    return current;
}
/** How a sentence names where an edge leads. */
function targetText(item, target) {
    if (target === '')
        return 'nothing (the branch is empty)';
    const action = item.actionsById.get(target);
    return action === undefined ? `a missing action (${target})` : labels_actionText(action);
}
/** The edges of one action kept in its item: `nextAction` and each output present in both versions. */
function rewiredEdges(pair, before, after) {
    const drafts = [];
    const moved = (from, to) => repointed(pair, from, to);
    const base = { kind: 'rewired', itemName: itemName(pair.after), itemId: pair.after.id, actionId: after.id };
    if (moved(before.nextAction, after.nextAction)) {
        const now = after.nextAction === '' ? 'now has no next action' : `now continues with ${targetText(pair.after, after.nextAction)}`;
        const was = before.nextAction === '' ? 'none' : targetText(pair.before, before.nextAction);
        drafts.push({ ...base, text: `${labels_actionText(after)} ${now} ${wasText(now, was)}`, pointer: [...after.pointer, 'nextAction'] });
    }
    const oldOutputs = new Map(edges_actionOutputs(before).map((output) => [output.outputId, output]));
    for (const output of edges_actionOutputs(after)) {
        const old = oldOutputs.get(output.outputId);
        if (old === undefined || !moved(old.target, output.target))
            continue;
        const target = targetText(pair.after, output.target);
        const text = `${labels_actionText(after)}: ${quoted(output.label)} now goes to ${target} ${wasText(target, targetText(pair.before, old.target))}`;
        drafts.push({ ...base, text, pointer: output.pointer });
    }
    return drafts;
}
/** Where a task starts (`startAction`). */
function startChange(pair) {
    const was = json_stringField(pair.before.raw, 'startAction');
    const now = json_stringField(pair.after.raw, 'startAction');
    if (!repointed(pair, was, now))
        return [];
    const target = targetText(pair.after, now);
    const text = `${capitalized(labels_itemText(pair.after))} now starts with ${target} ${wasText(target, targetText(pair.before, was))}`;
    return [{ kind: 'start-changed', text, pointer: [...pair.after.pointer, 'startAction'], itemName: itemName(pair.after), itemId: pair.after.id }];
}
/** Where the flow starts (`initialSequence`). */
function flowStartChange(before, after) {
    const was = json_stringField(before.raw, 'initialSequence');
    const now = json_stringField(after.raw, 'initialSequence');
    if (was === now)
        return [];
    const target = wiring_itemRefText(after, now);
    return [{ kind: 'start-changed', text: `The flow now starts at ${target} ${wasText(target, wiring_itemRefText(before, was))}`, pointer: ['initialSequence'] }];
}
/** The item reference fields of jumps (§1.3): Jump to Reusable Task / Menu, Call Task, Change State, menu choices. */
const REFERENCE_FIELDS = ['taskReference', 'menuReference', 'stateReference'];
const REFERENCE_NAME_FIELDS = ['taskName', 'menuName', 'stateName'];
/** The item an action jumps to or calls, as words (`task "Billing"`); '' when it jumps nowhere. */
function wiring_jumpText(flow, action) {
    for (const [index, field] of REFERENCE_FIELDS.entries()) {
        const id = json_stringField(action.raw, field);
        if (id !== '')
            return wiring_itemRefText(flow, id, json_stringField(action.raw, REFERENCE_NAME_FIELDS[index]));
    }
    return '';
}
/** A jump re-pointed: same action, another task, menu or state. */
function rewiredJump(beforeFlow, afterFlow, before, after, subject, pointerBase) {
    const was = REFERENCE_FIELDS.map((field) => json_stringField(before.raw, field)).join('\u0000');
    const now = REFERENCE_FIELDS.map((field) => json_stringField(after.raw, field)).join('\u0000');
    if (was === now)
        return [];
    const field = REFERENCE_FIELDS.find((name) => json_stringField(after.raw, name) !== '') ?? REFERENCE_FIELDS[0];
    const target = wiring_jumpText(afterFlow, after) || 'nowhere';
    const text = `${subject} now goes to ${target} ${wasText(target, wiring_jumpText(beforeFlow, before) || 'nowhere')}`;
    return [{ kind: 'rewired', text, pointer: [...pointerBase, field], itemName: itemName(after.item), itemId: after.item.id, actionId: after.id }];
}
/** `task "Billing"` for an item id of the flow; the recorded name when the item is not there. */
function wiring_itemRefText(flow, id, recordedName = '') {
    const item = flow.itemsById.get(id);
    if (item !== undefined)
        return labels_itemText(item);
    return recordedName !== '' ? `${quoted(recordedName)} (not in the flow)` : `a missing item (${id || 'none'})`;
}
/**
 * Where added actions sit: `at the start`, `after Play Audio "Welcome"`, `on "Yes" of Decision "Open?"`.
 * Built once per item (one pass over its edges), so an item with many additions stays linear.
 */
function placements(item) {
    // Sources are noted, and named only for the actions asked about: naming every action is the cost.
    const incoming = new Map();
    const note = (target, from, output) => {
        if (target !== '' && !incoming.has(target))
            incoming.set(target, { from, output });
    };
    note(json_stringField(item.raw, 'startAction'));
    for (const other of item.actions) {
        note(other.nextAction, other);
        for (const output of edges_actionOutputs(other))
            note(output.target, other, output.label);
    }
    return (action) => {
        const source = incoming.get(action.id);
        if (source === undefined)
            return 'not connected to any other action';
        if (source.from === undefined)
            return 'at the start';
        return source.output === undefined ? `after ${labels_actionText(source.from)}` : `on ${quoted(source.output)} of ${labels_actionText(source.from)}`;
    };
}

;// CONCATENATED MODULE: ./src/changes/items.ts
// Sequence items (tasks, menus, states, loop tasks), their actions and menu choices, matched by id
// across the two versions: added, removed, renamed, moved, and what changed inside each.






/** Item keys reported elsewhere: identity, the action and choice lists, the start. */
const items_ITEM_SKIP = new Set(['id', 'name', '__type', 'actionList', 'menuChoiceList', 'startAction', 'defaultMenuChoice']);
/** Action keys reported elsewhere: identity, name, edges and jumps. */
const ACTION_SKIP = new Set(['id', 'name', 'nextAction', 'ifTrue', 'ifFalse', 'onTimeout', 'onException', ...REFERENCE_FIELDS, ...REFERENCE_NAME_FIELDS]);
const items_CHOICE_SKIP = new Set(['id', 'name', 'action']);
function itemChanges(before, after) {
    const flows = { before, after, oldActions: actionsById(before), newActions: actionsById(after) };
    const drafts = [];
    const seen = new Set();
    for (const item of after.items) {
        if (seen.has(item.id))
            continue;
        seen.add(item.id);
        const old = before.itemsById.get(item.id);
        draft_append(drafts, old === undefined ? addedItem(item, flows) : changedItem(old, item, flows));
    }
    for (const item of before.items) {
        if (after.itemsById.has(item.id) || seen.has(item.id))
            continue;
        seen.add(item.id);
        drafts.push({ kind: 'item-removed', text: `Removed ${labels_itemText(item)}${actionCount(item)}`, itemName: itemName(item), itemId: item.id });
    }
    return drafts;
}
function actionsById(flow) {
    const byId = new Map();
    for (const action of allActions(flow))
        if (action.id !== '' && !byId.has(action.id))
            byId.set(action.id, action);
    return byId;
}
function actionCount(item) {
    const count = item.actions.length;
    return count === 0 ? '' : ` (${count} action${count === 1 ? '' : 's'})`;
}
/** A new item is one change; only actions brought over from another item are named (as moved). */
function addedItem(item, flows) {
    const drafts = [{ kind: 'item-added', text: `Added ${labels_itemText(item)}${actionCount(item)}`, pointer: [...item.pointer, 'name'], itemName: itemName(item), itemId: item.id }];
    const placement = placements(item);
    for (const action of item.actions) {
        const old = flows.oldActions.get(action.id);
        if (old !== undefined)
            drafts.push(moved(old, action, placement), ...actionChanges(old, action, flows));
    }
    return drafts;
}
function changedItem(old, item, flows) {
    const where = { itemName: itemName(item), itemId: item.id };
    const drafts = [];
    if (old.name !== item.name) {
        drafts.push({ kind: 'item-renamed', text: `Renamed ${labels_itemText(old)} to ${quoted(item.name)}`, pointer: [...item.pointer, 'name'], ...where });
    }
    for (const change of fields_diffFields(old.raw, item.raw, { skipTop: items_ITEM_SKIP, label: labels_itemFieldLabel })) {
        drafts.push({ kind: 'item-changed', text: `${capitalized(labels_itemText(item))}: ${fieldSentence(change)}`, pointer: [...item.pointer, ...change.path], ...where });
    }
    const kept = new Set(item.actions.filter((action) => old.actionsById.has(action.id)).map((action) => action.id));
    const pair = { before: old, after: item, kept };
    drafts.push(...startChange(pair));
    const placement = placements(item);
    for (const action of item.actions) {
        const previous = flows.oldActions.get(action.id);
        if (previous === undefined) {
            drafts.push({ kind: 'action-added', text: `Added ${labels_actionText(action)} to ${labels_itemText(item)}, ${placement(action)}`, pointer: [...action.pointer, 'name'], ...where, actionId: action.id });
            continue;
        }
        if (!kept.has(action.id))
            drafts.push(moved(previous, action, placement));
        drafts.push(...actionChanges(previous, action, flows));
        if (kept.has(action.id))
            drafts.push(...rewiredEdges(pair, previous, action));
    }
    for (const action of old.actions) {
        if (flows.newActions.has(action.id))
            continue; // kept, or moved: told where it went
        drafts.push({ kind: 'action-removed', text: `Removed ${labels_actionText(action)} from ${labels_itemText(item)}`, pointer: [...item.pointer, 'name'], ...where, actionId: action.id });
    }
    draft_append(drafts, choiceChanges(old, item, flows));
    return drafts;
}
function moved(old, action, placement) {
    return {
        kind: 'action-moved',
        text: `Moved ${labels_actionText(action)} from ${labels_itemText(old.item)} to ${labels_itemText(action.item)}, ${placement(action)}`,
        pointer: [...action.pointer, 'name'],
        itemName: itemName(action.item),
        itemId: action.item.id,
        actionId: action.id,
    };
}
/** Renamed, settings changed, jump re-pointed: what happened to one action kept by id. */
function actionChanges(old, action, flows, subject = labels_actionText(action)) {
    const where = { itemName: itemName(action.item), itemId: action.item.id, actionId: action.id };
    const drafts = [];
    if (old.name !== action.name && action.index !== -1) {
        drafts.push({ kind: 'action-renamed', text: `Renamed ${labels_actionText(old)} to ${quoted(action.name)}`, pointer: [...action.pointer, 'name'], ...where });
    }
    for (const change of fields_diffFields(old.raw, action.raw, { skipTop: ACTION_SKIP, label: (key) => labels_fieldLabel(key, action.type) })) {
        drafts.push({ kind: fieldKind(change), text: `${subject}: ${fieldSentence(change)}`, pointer: [...action.pointer, ...change.path], ...where });
    }
    drafts.push(...rewiredJump(flows.before, flows.after, old, action, subject, action.pointer));
    return drafts;
}
/** A queue, data action, data table or called flow named in an action's settings is a resource or flow call. */
function fieldKind(change) {
    const special = RESOURCE_FIELDS[change.key];
    if (special !== undefined)
        return special;
    return change.valueType !== undefined && RESOURCE_VALUE_TYPES[change.valueType] !== undefined ? 'resource' : 'action-changed';
}
function choiceChanges(old, menu, flows) {
    if (old.choices.length === 0 && menu.choices.length === 0)
        return [];
    const where = { itemName: itemName(menu), itemId: menu.id };
    const subject = capitalized(labels_itemText(menu));
    const drafts = [];
    const oldById = new Map(old.choices.map((choice) => [choice.id, choice]));
    const kept = new Set();
    for (const choice of menu.choices) {
        const previous = oldById.get(choice.id);
        const actionId = choice.action?.id;
        if (previous === undefined) {
            drafts.push({ kind: 'choice', text: `${subject}: added ${labels_choiceText(choice)}, which runs ${choiceRuns(flows.after, choice)}`, pointer: [...choice.pointer, 'name'], ...where, actionId });
            continue;
        }
        kept.add(choice.id);
        const named = `${subject}: choice ${quoted(choice.name || choice.id)}`;
        if (previous.name !== choice.name) {
            drafts.push({ kind: 'choice', text: `${subject}: renamed choice ${quoted(previous.name)} to ${quoted(choice.name)}`, pointer: [...choice.pointer, 'name'], ...where, actionId });
        }
        for (const change of fields_diffFields(previous.raw, choice.raw, { skipTop: items_CHOICE_SKIP, label: (key) => labels_fieldLabel(key, 'MenuChoice') })) {
            drafts.push({ kind: 'choice', text: `${named}: ${fieldSentence(change)}`, pointer: [...choice.pointer, ...change.path], ...where, actionId });
        }
        if (choice.action !== undefined && previous.action !== undefined && choice.action.id === previous.action.id) {
            drafts.push(...actionChanges(previous.action, choice.action, flows, named));
        }
        else if (choice.action?.id !== previous.action?.id) {
            const runs = choiceRuns(flows.after, choice);
            const text = `${named} now runs ${runs} ${wasText(runs, choiceRuns(flows.before, previous))}`;
            drafts.push({ kind: 'rewired', text, pointer: [...choice.pointer, 'action'], ...where, actionId });
        }
    }
    for (const choice of old.choices) {
        if (!kept.has(choice.id))
            drafts.push({ kind: 'choice', text: `${subject}: removed ${labels_choiceText(choice)}`, pointer: [...menu.pointer, 'name'], ...where });
    }
    const wasDefault = json_stringField(old.raw, 'defaultMenuChoice');
    const nowDefault = json_stringField(menu.raw, 'defaultMenuChoice');
    if (wasDefault !== nowDefault) {
        const name = (item, id) => (id === '' ? 'none' : quoted(item.choices.find((choice) => choice.id === id)?.name || id));
        const text = `${subject}: default choice is now ${name(menu, nowDefault)} (was ${name(old, wasDefault)})`;
        drafts.push({ kind: 'choice', text, pointer: [...menu.pointer, 'defaultMenuChoice'], ...where });
    }
    return drafts;
}
/** What a menu choice does: the item it jumps to, else its action. */
function choiceRuns(flow, choice) {
    if (choice.action === undefined)
        return 'nothing';
    return wiring_jumpText(flow, choice.action) || labels_actionText(choice.action);
}

;// CONCATENATED MODULE: ./src/changes/review.ts
// One flow's review: the changes between two versions of its configuration JSON, each pinned to
// its line in the new file. Pure: documents in, plain values out.










/** How many safety-net changes a flow gets when the model itemised nothing but the meaning changed. */
const MAX_UNITEMISED = 5;
function review_reviewFlowChange(input) {
    const before = json_isRecord(input.before) ? input.before : undefined;
    const after = json_isRecord(input.after) ? input.after : undefined;
    const base = { flowId: input.flowId, name: input.name, versionFrom: input.versionFrom ?? '', versionTo: input.versionTo ?? '' };
    if (after === undefined || before === undefined) {
        if (after === undefined && before === undefined)
            return { ...base, status: 'unchanged', changes: [], counts: {} };
        const status = after === undefined ? 'removed' : 'added';
        const document = (after ?? before);
        const change = {
            kind: 'flow',
            text: `${status === 'added' ? 'New flow' : 'Removed flow'} ${quoted(input.name)}${contents(read(document))}`,
            ...(status === 'added' ? { line: 1 } : {}),
        };
        return { ...base, status, changes: [change], counts: { flow: 1 } };
    }
    const drafts = collectDrafts(before, after);
    const changes = withLines(drafts, () => input.afterText ?? canonical_canonicalJson(after));
    const previousName = typeof before['name'] === 'string' && before['name'] !== after['name'] ? before['name'] : undefined;
    const status = changes.length > 0 ? 'changed' : sameJson(before, after) ? 'unchanged' : 'layout-only';
    return { ...base, ...(previousName === undefined ? {} : { previousName }), status, changes, counts: countKinds(changes) };
}
function collectDrafts(before, after) {
    const oldFlow = read(before);
    const newFlow = read(after);
    const drafts = [...flowSettingChanges(before, after), ...flowStartChange(oldFlow, newFlow), ...itemChanges(oldFlow, newFlow)];
    const explainedCalls = actionsWith(drafts, 'flow-call');
    const explainedResources = actionsWith(drafts, 'resource');
    draft_append(drafts, flowCallChanges(oldFlow, newFlow, explainedCalls));
    draft_append(drafts, resourceChanges(before, after, explainedResources));
    if (drafts.length === 0)
        draft_append(drafts, unitemised(before, after));
    return drafts;
}
function read(document) {
    return document_readFlowDocument(document, json_arrayField(document, 'flowSequenceItemList'));
}
function actionsWith(drafts, kind) {
    return new Set(drafts.flatMap((draft) => (draft.kind === kind && draft.actionId !== undefined ? [draft.actionId] : [])));
}
/**
 * The safety net: when no rule above itemised anything, a walk of the whole document (noise left
 * out as everywhere) still says what changed, so a meaningful edit is never reported as layout-only.
 */
function unitemised(before, after) {
    const skip = new Set([...flow_level_FLOW_SKIP].filter((key) => key !== 'flowSequenceItemList' && key !== 'initialSequence'));
    return fields_diffFields(before, after, { skipTop: skip, label: labels_flowFieldLabel })
        .slice(0, MAX_UNITEMISED)
        .map((change) => ({ kind: 'flow', text: `Flow ${fieldSentence(change)}`, pointer: change.path }));
}
function withLines(drafts, text) {
    const pinned = drafts.flatMap((draft) => (draft.pointer === undefined ? [] : [draft.pointer]));
    const lines = pinned.length === 0 ? [] : resolveLines(text(), pinned);
    let next = 0;
    const changes = drafts.map(({ pointer, ...change }) => (pointer === undefined ? change : { ...change, line: lines[next++] }));
    // Top to bottom of the new file, as a reader scrolls it; then the flow calls and resources those
    // edits brought or dropped; what is gone (no line) last.
    const group = (change) => (change.line === undefined ? 2 : change.kind === 'flow-call' || change.kind === 'resource' ? (change.itemId === undefined ? 1 : 0) : 0);
    return changes.sort((a, b) => group(a) - group(b) || (a.line ?? 0) - (b.line ?? 0));
}
function countKinds(changes) {
    const counts = {};
    for (const change of changes)
        counts[change.kind] = (counts[change.kind] ?? 0) + 1;
    return counts;
}
/** ` (2 tasks, 1 menu, 14 actions)`: what a new or removed flow holds. */
function contents(flow) {
    const tally = new Map([['task', 0], ['menu', 0], ['state', 0]]);
    let actions = 0;
    for (const item of flow.items) {
        const kind = item.type.endsWith('Menu') ? 'menu' : item.type.endsWith('State') ? 'state' : 'task';
        tally.set(kind, (tally.get(kind) ?? 0) + 1);
        actions += item.actions.length + item.choices.length;
    }
    tally.set('action', actions);
    const parts = [...tally].filter(([, count]) => count > 0).map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`);
    return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
/** Same JSON data, whatever the key order. */
function sameJson(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => sameJson(value, b[index]));
    }
    if (!json_isRecord(a) || !json_isRecord(b))
        return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
}

;// CONCATENATED MODULE: ./src/report/counts.ts
// Counting helpers shared by the outputs, the summary, the audit record and the failure message,
// so every place that says "3 broken references" counts them the same way.

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/**
 * Rules in the order a reader should look at them: a flow that cannot be read at all first, then
 * calls into nothing, then defects inside one flow, then style-level warnings.
 */
const counts_RULE_IMPORTANCE = (/* unused pure expression or super */ null && ([
    'invalid-flow',
    'format-version',
    'size-limit',
    'missing-flow',
    'deleted-resource',
    'broken-reference',
    'flow-type-mismatch',
    'flow-cycle',
    'duplicate-id',
    'stale-resource',
    'dead-end',
    'unreachable-node',
    'unused-item',
]));
function ruleRank(rule) {
    const rank = counts_RULE_IMPORTANCE.indexOf(rule);
    return rank === -1 ? counts_RULE_IMPORTANCE.length : rank;
}
/** Severity, then rule importance, then file and line: the order of annotations and of the summary table. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        ruleRank(a.rule) - ruleRank(b.rule) ||
        counts_compareText(a.file, b.file) ||
        a.line - b.line ||
        counts_compareText(a.nodeId, b.nodeId) ||
        counts_compareText(a.message, b.message));
}
function counts_sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Code-unit comparison: the same order on every machine, unlike localeCompare. */
function counts_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Findings counted by rule, every rule present (0 when none), in the contract's rule order. */
function countByRule(findings) {
    const counts = Object.fromEntries(RULES.map((rule) => [rule, 0]));
    for (const finding of findings)
        counts[finding.rule] += 1;
    return counts;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
function runTotals(result) {
    const findings = result.validation.findings;
    const byRule = countByRule(findings);
    const { checked, valid } = result.validation.references;
    return {
        exported: result.flows.filter((flow) => flow.status === 'exported').length,
        validated: result.flows.filter((flow) => flow.status === 'validated').length,
        failed: result.flows.filter((flow) => flow.status === 'failed').length,
        skipped: result.flows.filter((flow) => flow.status === 'skipped').length,
        findings: findings.length,
        bySeverity: countBySeverity(findings),
        byRule,
        brokenReferences: Math.max(0, checked - valid),
        cycles: byRule['flow-cycle'],
        changed: result.git?.changed ?? false,
        filesChanged: result.git?.filesChanged.length ?? 0,
        latencyMs: latencyMs(result.startedAt, result.finishedAt),
    };
}
/** Milliseconds between two ISO timestamps; 0 when either is unreadable (a report must still be written). */
function latencyMs(startedAt, finishedAt) {
    const ms = Date.parse(finishedAt) - Date.parse(startedAt);
    return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
/** `integrity-rate` as the contract prints it: 0..1 with four decimals. */
function counts_formatRate(rate) {
    const bounded = Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0;
    return bounded.toFixed(4);
}
/** "broken-reference 2, missing-flow 1": the rules that have findings, most important first. */
function describeRuleCounts(findings) {
    const byRule = countByRule(findings);
    return counts_RULE_IMPORTANCE.filter((rule) => byRule[rule] > 0)
        .map((rule) => `${rule} ${byRule[rule]}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

/** GitHub's per-step display limit for each annotation kind (runner `_maxIssueCount`). */
const annotations_ANNOTATIONS_SHOWN_PER_KIND = 10;
function buildAnnotations(findings, options = {}) {
    const toRepo = options.repoRelative ?? ((file) => file);
    const shown = sortFindings(findings).map((finding) => toAnnotation(finding, toRepo));
    const omitted = { error: 0, warning: 0, notice: 0 };
    const seen = { error: 0, warning: 0, notice: 0 };
    for (const annotation of shown) {
        seen[annotation.severity] += 1;
        if (seen[annotation.severity] > annotations_ANNOTATIONS_SHOWN_PER_KIND)
            omitted[annotation.severity] += 1;
    }
    return { shown, omitted };
}
function toAnnotation(finding, toRepo) {
    const title = finding.flowName ? `${finding.rule}: ${finding.flowName}` : finding.rule;
    const message = finding.nodeId ? `${finding.message} (node ${finding.nodeId})` : finding.message;
    const file = finding.file ? toRepo(finding.file) : '';
    return {
        severity: finding.severity,
        message,
        title,
        ...(file ? { file } : {}),
        ...(file && Number.isInteger(finding.line) && finding.line >= 1 ? { startLine: finding.line } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/html.ts
// HTML pieces for the job summary. `core.summary` does not escape anything, and the summary is
// Markdown in which an HTML block ends at the first blank line, so every cell is escaped and kept on
// one line.
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Escaped, with line breaks shown as `<br>` so the cell (and the HTML block) stays on one line. */
function html_cell(text) {
    return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}
function html_link(text, href) {
    return `<a href="${escapeHtml(href)}">${html_cell(text)}</a>`;
}
function html_code(text) {
    return `<code>${html_cell(text)}</code>`;
}
/**
 * A table that stops adding rows before it passes `budgetBytes`, then says how many rows it left
 * out and where to find them.
 */
function html_boundedTable(headers, rows, budgetBytes, cutNote) {
    const head = `<table>\n<thead><tr>${headers.map((h) => `<th>${html_cell(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`;
    const tail = '</tbody>\n</table>\n';
    const noteReserve = 400;
    let used = byteLength(head) + byteLength(tail) + noteReserve;
    const kept = [];
    for (const row of rows) {
        const line = `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>\n`;
        const size = byteLength(line);
        if (used + size > budgetBytes)
            break;
        kept.push(line);
        used += size;
    }
    const left = rows.length - kept.length;
    const note = left > 0 ? `\n<p><em>${html_cell(cutNote(left))}</em></p>\n` : '';
    return { html: head + kept.join('') + tail + note, rowsShown: kept.length, rowsTotal: rows.length };
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** A GitHub URL path segment by segment, so names with spaces or `#` still link. */
function html_encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function html_formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
function html_formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/report/summary-sections.ts



const STATUS_ICON = { success: '✅', partial: '⚠️', failed: '❌' };
const SEVERITY_ICON = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' };
function headline(result, totals, commitUrl) {
    const lines = [`## ${STATUS_ICON[result.status]} Genesys flow snapshot: ${result.status}`, ''];
    const flows = result.mode === 'validate'
        ? `Validated ${summary_sections_plural(totals.validated, 'flow file')} already in the repository`
        : `Exported ${summary_sections_plural(totals.exported, 'flow')}` +
            (totals.failed > 0 ? `, **${totals.failed} failed**` : '') +
            (totals.skipped > 0 ? `, ${totals.skipped} skipped` : '');
    const findings = totals.findings === 0
        ? 'no findings'
        : `${summary_sections_plural(totals.findings, 'finding')} (${severityText(totals)})`;
    lines.push(`${flows}; ${findings}; ${changeText(result, totals, commitUrl)}.`);
    if (result.fatalError)
        lines.push('', `> **The run stopped early:** ${cell(result.fatalError)}`);
    return lines.join('\n') + '\n';
}
function changeText(result, totals, commitUrl) {
    if (result.mode === 'export')
        return 'files written, no commit (mode: export)';
    if (result.mode === 'validate' || !result.git)
        return 'nothing committed';
    if (!totals.changed)
        return 'no changes, no commit';
    const sha = result.git.commitSha.slice(0, 7);
    const commit = commitUrl ? `[\`${sha}\`](${commitUrl})` : `\`${sha}\``;
    const where = result.git.pullRequest
        ? ` on [pull request #${result.git.pullRequest.number}](${result.git.pullRequest.url})`
        : result.git.pushed
            ? ', pushed'
            : ', not pushed';
    return `${summary_sections_plural(totals.filesChanged, 'file')} changed in commit ${commit}${where}`;
}
function totalsTable(result, totals) {
    const { checked, valid } = result.validation.references;
    // mode: validate reads files already in the repository: nothing is exported, downloaded or committed.
    const fromGenesys = result.mode !== 'validate';
    const rows = [
        fromGenesys ? ['Flows exported', String(totals.exported)] : ['Flows validated', String(totals.validated)],
        ...(fromGenesys ? [['Flows failed', String(totals.failed)]] : []),
        ...(fromGenesys && totals.skipped > 0 ? [['Flows skipped', String(totals.skipped)]] : []),
        ...(fromGenesys ? [['Files changed', String(totals.filesChanged)]] : []),
        ['Findings', `${totals.findings} (${severityText(totals)})`],
        ['Findings by rule', rulesText(totals) || 'none'],
        ['Integrity rate', `${formatRate(result.validation.integrityRate)} (${valid} of ${checked} references resolve)`],
        ['Broken references', String(totals.brokenReferences)],
        ['Flow cycles', String(totals.cycles)],
        ...(fromGenesys
            ? [
                ['Genesys requests', `${result.stats.requests} (${result.stats.retries} retries, ${result.stats.throttled} throttled)`],
                ['Downloaded', formatBytes(result.stats.bytes)],
            ]
            : []),
        ['Time', formatDuration(totals.latencyMs)],
    ];
    const body = rows.map(([name, value]) => `<tr><th align="left">${cell(name)}</th><td>${cell(value)}</td></tr>`);
    return `### Totals\n\n<table>\n${body.join('\n')}\n</table>\n`;
}
function severityText(totals) {
    const { error, warning, notice } = totals.bySeverity;
    return `${summary_sections_plural(error, 'error')}, ${summary_sections_plural(warning, 'warning')}, ${summary_sections_plural(notice, 'notice')}`;
}
function rulesText(totals) {
    return RULE_IMPORTANCE.filter((rule) => totals.byRule[rule] > 0)
        .map((rule) => `${rule} ${totals.byRule[rule]}`)
        .join(' · ');
}
function findingsSection(section) {
    if (section.findings.length === 0)
        return '### Findings\n\nNo findings: every reference resolves.\n';
    const rows = sortFindings(section.findings).map((finding) => [
        cell(SEVERITY_ICON[finding.severity]),
        code(finding.rule),
        cell(finding.flowName || finding.flowId),
        fileCell(finding, section.blobBase),
        cell(finding.nodeId ? `${finding.message} (node ${finding.nodeId})` : finding.message),
    ]);
    const table = boundedTable(['Severity', 'Rule', 'Flow', 'File', 'Message'], rows, section.budgetBytes, (left) => `${left} more findings are not listed here (the summary must stay under GitHub's 1 MiB limit); all of them are in the report JSON and the log.`);
    return `### Findings\n\n${annotationNote(section.omitted)}${table.html}`;
}
function fileCell(finding, blobBase) {
    if (!finding.file)
        return '';
    const label = finding.line >= 1 ? `${finding.file}:${finding.line}` : finding.file;
    if (!blobBase)
        return code(label);
    const anchor = finding.line >= 1 ? `#L${finding.line}` : '';
    return link(label, `${blobBase}${encodePath(finding.file)}${anchor}`);
}
function annotationNote(omitted) {
    const parts = ['error', 'warning', 'notice']
        .filter((severity) => omitted[severity] > 0)
        .map((severity) => `${omitted[severity]} ${severity}${omitted[severity] === 1 ? '' : 's'}`);
    if (parts.length === 0)
        return '';
    return (`GitHub shows only the first ${ANNOTATIONS_SHOWN_PER_KIND} annotations of each kind on the files; ` +
        `${parts.join(', ')} more are annotated in the log only (all are listed below).\n\n`);
}
function changedFilesSection(files, budgetBytes) {
    if (files.length === 0)
        return null;
    const rows = [...files].sort().map((file) => [code(file)]);
    return boundedTable(['Changed file'], rows, budgetBytes, (left) => `${left} more changed files are not listed; see the commit.`);
}
/** The flows that ended `failed` or `skipped`, each with its reason. */
function unexportedFlowsSection(flows, status, budgetBytes) {
    const listed = flows.filter((flow) => flow.status === status);
    if (listed.length === 0)
        return null;
    const rows = listed.map((flow) => [cell(flow.name), code(flow.id), cell(flow.type), cell(flow.error)]);
    return boundedTable(['Flow', 'Id', 'Type', 'Reason'], rows, budgetBytes, (left) => `${left} more ${status} flows are listed in the report JSON.`);
}
function graphSection(graph) {
    if (!graph.mermaid)
        return '';
    const note = graph.cut === 'none'
        ? ''
        : graph.cut === 'findings-and-neighbours'
            ? `Large org: showing only the ${graph.shownFlows} flows with findings and their neighbours, out of ${graph.totalFlows} flows in calls.\n\n`
            : `Large org: showing ${graph.shownFlows} of ${graph.totalFlows} flows and ${graph.shownCalls} of ${graph.totalCalls} calls, those with findings first.\n\n`;
    const legend = 'Red: flows and calls in a cycle · dashed grey: called flows that do not exist · orange: flows with other findings.\n\n';
    return `### Flow calls\n\n${note}${legend}\`\`\`mermaid\n${graph.mermaid}\n\`\`\`\n`;
}
function summary_sections_plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/changes/render.ts
// Reviews as words: one line per flow (commit messages, webhooks), Markdown within a size budget
// (job summary, pull request body), and plain text for a terminal (`diff`, git's diff driver).


/** The summary line names at most this many changes; the rest are counted. */
const SUMMARY_PARTS = 4;
/** Changes listed per flow in Markdown before "and N more". */
const MARKDOWN_CHANGES_PER_FLOW = 12;
const DEFAULT_FLOWS_LISTED = 25;
/** `12.0 → 13.0`, `new in 13.0`, `removed (was 12.0)`, or '' when the versions are unknown. */
function versionStep(review) {
    const { versionFrom: from, versionTo: to } = review;
    if (review.status === 'added')
        return to === '' ? 'new' : `new in ${to}`;
    if (review.status === 'removed')
        return from === '' ? 'removed' : `removed (was ${from})`;
    if (from === '' && to === '')
        return '';
    if (from === to || from === '' || to === '')
        return from || to;
    return `${from} → ${to}`;
}
/** `Main IVR 12.0 → 13.0: 2 actions added, Decision "Open today?" rewired, queue "Sales" → "Support"`. */
function oneLineSummary(review) {
    const head = [review.name, versionStep(review)].filter((part) => part !== '').join(' ');
    if (review.status === 'added' || review.status === 'removed')
        return `${head}${review.changes[0] ? `: ${afterColon(review.changes[0])}` : ''}`;
    if (review.status === 'layout-only')
        return `${head}: layout only (nothing the flow does changed)`;
    if (review.status === 'unchanged')
        return `${head}: no change`;
    const parts = summaryParts(review);
    const shown = parts.slice(0, SUMMARY_PARTS);
    const more = parts.length - shown.length;
    return `${head}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}
/** Counted kinds read "2 actions added"; named kinds quote their subject while there are few of them. */
const COUNTED = (/* unused pure expression or super */ null && ([
    ['item-added', 'item', 'added'],
    ['item-removed', 'item', 'removed'],
    ['item-renamed', 'item', 'renamed'],
    ['action-added', 'action', 'added'],
    ['action-removed', 'action', 'removed'],
    ['action-moved', 'action', 'moved'],
    ['action-renamed', 'action', 'renamed'],
]));
function summaryParts(review) {
    const parts = [];
    const counts = review.counts;
    if (review.previousName !== undefined)
        parts.push(`renamed from "${review.previousName}"`);
    const flowSettings = (counts.flow ?? 0) - (review.previousName === undefined ? 0 : 1);
    if (flowSettings > 0)
        parts.push(plural(flowSettings, 'flow setting') + ' changed');
    if ((counts['start-changed'] ?? 0) > 0)
        parts.push('start changed');
    for (const [kind, noun, verb] of COUNTED)
        if ((counts[kind] ?? 0) > 0)
            parts.push(`${plural(counts[kind], noun)} ${verb}`);
    const rewired = [...new Set(review.changes.filter((change) => change.kind === 'rewired').map(subjectOf))];
    if (rewired.length > 0)
        parts.push(rewired.length <= 2 ? rewired.map((subject) => `${subject} rewired`).join(', ') : `${plural(rewired.length, 'action')} rewired`);
    for (const [kind, noun] of [['action-changed', 'action'], ['item-changed', 'item']]) {
        const changed = [...new Set(review.changes.filter((change) => change.kind === kind).map(subjectOf))];
        if (changed.length > 0)
            parts.push(changed.length <= 2 ? changed.map((subject) => `${subject} changed`).join(', ') : `${plural(changed.length, noun)} changed`);
    }
    const swaps = review.changes.filter((change) => (change.kind === 'resource' || change.kind === 'flow-call') && change.text.includes(' → '));
    append(parts, swaps.map(afterColon));
    const others = review.changes.filter((change) => (change.kind === 'resource' || change.kind === 'flow-call') && !change.text.includes(' → '));
    append(parts, others.map(afterColon));
    if ((counts.choice ?? 0) > 0)
        parts.push(`${plural(counts.choice, 'menu choice')} changed`);
    return parts;
}
/** What the change is about: the text before its `:` or ` now `. */
function subjectOf(change) {
    const colon = change.text.indexOf(': ');
    const now = change.text.indexOf(' now ');
    const cut = [colon, now].filter((at) => at > 0);
    return cut.length === 0 ? change.text : change.text.slice(0, Math.min(...cut));
}
function afterColon(change) {
    const at = change.text.lastIndexOf(': ');
    const text = at === -1 ? change.text : change.text.slice(at + 2);
    return text.charAt(0).toLowerCase() + text.slice(1);
}
/** Flows with the most changes first; added and removed flows after them; unchanged ones not at all. */
function orderReviews(reviews) {
    const rank = { changed: 0, added: 1, removed: 2, 'layout-only': 3, unchanged: 4 };
    return reviews
        .filter((review) => review.status !== 'unchanged')
        .sort((a, b) => rank[a.status] - rank[b.status] || b.changes.length - a.changes.length || a.name.localeCompare(b.name));
}
function reviewMarkdown(reviews, budget) {
    const ordered = orderReviews(reviews);
    const layoutOnly = ordered.filter((review) => review.status === 'layout-only');
    const listed = ordered.filter((review) => review.status !== 'layout-only');
    const maxFlows = Math.max(0, budget.maxFlowsListed ?? DEFAULT_FLOWS_LISTED);
    const footer = (left) => {
        const notes = [left > 0 ? `…and ${plural(left, 'more flow')} changed.` : ''];
        if (layoutOnly.length > 0)
            notes.push(`${plural(layoutOnly.length, 'flow')} changed only in layout: ${layoutOnly.map((review) => md(review.name)).join(', ')}.`);
        return notes.filter((note) => note !== '').join('\n');
    };
    const blocks = [];
    let used = 0;
    for (const review of listed) {
        if (blocks.length >= maxFlows)
            break;
        const block = flowBlock(review, budget.lineLink);
        const reserve = footer(listed.length - blocks.length - 1).length + 2;
        if (used + block.length + reserve > budget.maxChars)
            break;
        blocks.push(block);
        used += block.length + 1;
    }
    const end = footer(listed.length - blocks.length);
    const text = [...blocks, end].filter((part) => part !== '').join('\n');
    return text.length <= budget.maxChars ? text : `${text.slice(0, Math.max(0, budget.maxChars - 1))}…`;
}
function flowBlock(review, lineLink) {
    const step = versionStep(review);
    const renamed = review.previousName === undefined ? '' : ` (renamed from ${md(review.previousName)})`;
    const head = `**${md(review.name)}**${step === '' ? '' : ` ${md(step)}`}${renamed}`;
    const shown = review.changes.slice(0, MARKDOWN_CHANGES_PER_FLOW);
    const where = (line) => {
        const address = lineLink?.(review, line);
        return address === undefined ? ` (line ${line})` : ` ([line ${line}](${address.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}))`;
    };
    const lines = shown.map((change) => `- ${md(change.text)}${change.line === undefined ? '' : where(change.line)}`);
    const more = review.changes.length - shown.length;
    if (more > 0)
        lines.push(`- …and ${plural(more, 'more change')}`);
    return [head, ...lines, ''].join('\n');
}
/** Plain text for a terminal: a heading per flow, then one change per line with its line number. */
function reviewText(reviews) {
    const out = [];
    for (const review of orderReviews(reviews)) {
        const step = versionStep(review);
        out.push(`${review.name}${step === '' ? '' : ` ${step}`}${review.previousName === undefined ? '' : ` (renamed from "${review.previousName}")`}`);
        if (review.status === 'layout-only')
            out.push('  layout only: nothing the flow does changed');
        const width = review.changes.reduce((widest, change) => Math.max(widest, change.line === undefined ? 0 : String(change.line).length), 0);
        for (const change of review.changes) {
            const where = change.line === undefined ? ' '.repeat(width + 5) : `line ${String(change.line).padStart(width)}`;
            out.push(`  ${where}  ${change.text}`);
        }
        out.push('');
    }
    return out.join('\n');
}
/** Text safe in Markdown: the characters that start markup are escaped, angle brackets become entities. */
function md(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]{}#+!|~]/g, (char) => `\\${char}`)
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts

const DEFAULT_MAX_NODES = 60;
const DEFAULT_MAX_EDGES = 200;
const LABEL_MAX_CHARS = 60;
function mermaidGraph(calls, flows, findings, options = {}) {
    return buildCallGraph(calls, flows, findings, options).mermaid;
}
function buildCallGraph(calls, flows, findings, options = {}) {
    const maxNodes = Math.max(1, options.maxNodes ?? DEFAULT_MAX_NODES);
    const maxEdges = Math.max(1, options.maxEdges ?? DEFAULT_MAX_EDGES);
    const flowById = new Map(flows.map((flow) => [flow.id, flow]));
    const edges = uniqueEdges(calls);
    const cycleEdges = cycleEdgeKeys(findings);
    const missing = new Set(calls.filter((call) => !call.resolved).map((call) => call.to));
    const cycleNodes = new Set(findings.filter((f) => f.rule === 'flow-cycle').flatMap((f) => f.path ?? []));
    const findingCount = new Map();
    for (const finding of findings)
        findingCount.set(finding.flowId, (findingCount.get(finding.flowId) ?? 0) + 1);
    const allNodes = new Set([...edges.flatMap((edge) => [edge.from, edge.to]), ...cycleNodes]);
    const { shown, cut } = chooseNodes(allNodes, edges, { maxNodes, maxEdges, missing, cycleNodes, findingCount });
    const shownEdges = edges
        .filter((edge) => shown.has(edge.from) && shown.has(edge.to))
        .sort((a, b) => edgeRank(a, cycleEdges, missing) - edgeRank(b, cycleEdges, missing))
        .slice(0, maxEdges)
        .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
    const drawn = allNodes.size === 0 ? '' : render([...shown], shownEdges, { flowById, missing, cycleNodes, cycleEdges, findingCount });
    return {
        mermaid: drawn,
        totalFlows: allNodes.size,
        shownFlows: shown.size,
        totalCalls: edges.length,
        shownCalls: shownEdges.length,
        cut: cut === 'none' && shownEdges.length < edges.length ? 'truncated' : cut,
    };
}
/** One edge per calling pair, whatever the number of actions making that call. */
function uniqueEdges(calls) {
    const byKey = new Map();
    for (const call of calls)
        byKey.set(edgeKey(call.from, call.to), { from: call.from, to: call.to });
    return [...byKey.values()].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
}
function edgeKey(from, to) {
    return `${from}\u0000${to}`;
}
function cycleEdgeKeys(findings) {
    const keys = new Set();
    for (const finding of findings) {
        if (finding.rule !== 'flow-cycle' || !finding.path)
            continue;
        for (let i = 0; i + 1 < finding.path.length; i += 1)
            keys.add(edgeKey(finding.path[i], finding.path[i + 1]));
    }
    return keys;
}
function edgeRank(edge, cycleEdges, missing) {
    if (cycleEdges.has(edgeKey(edge.from, edge.to)))
        return 0;
    return missing.has(edge.to) ? 1 : 2;
}
/** Which flows to draw: all of them when they fit, else the ones with problems and their neighbours. */
function chooseNodes(all, edges, limits) {
    if (all.size <= limits.maxNodes && edges.length <= limits.maxEdges)
        return { shown: new Set(all), cut: 'none' };
    const importance = (id) => (limits.cycleNodes.has(id) ? 1_000_000 : 0) + (limits.missing.has(id) ? 100_000 : 0) + (limits.findingCount.get(id) ?? 0);
    const important = [...all]
        .filter((id) => importance(id) > 0)
        .sort((a, b) => importance(b) - importance(a) || compareText(a, b));
    const neighbours = new Map();
    for (const edge of edges) {
        neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
        neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
    }
    if (important.length === 0) {
        // Nothing to point at: draw the most connected flows, so the reader still sees the backbone.
        const degree = (id) => neighbours.get(id)?.length ?? 0;
        const busiest = [...all].sort((a, b) => degree(b) - degree(a) || compareText(a, b));
        return { shown: new Set(busiest.slice(0, limits.maxNodes)), cut: 'truncated' };
    }
    const focus = new Set(important);
    for (const id of important)
        for (const next of neighbours.get(id) ?? [])
            focus.add(next);
    if (focus.size <= limits.maxNodes)
        return { shown: focus, cut: 'findings-and-neighbours' };
    const shown = new Set(important.slice(0, limits.maxNodes));
    for (const id of important) {
        for (const next of neighbours.get(id) ?? [])
            if (shown.size < limits.maxNodes)
                shown.add(next);
    }
    return { shown, cut: 'truncated' };
}
function render(nodeIds, edges, marks) {
    const ordered = [...nodeIds].sort(compareText);
    const alias = new Map(ordered.map((id, index) => [id, `n${index}`]));
    const lines = ['flowchart LR'];
    for (const id of ordered)
        lines.push(`  ${alias.get(id)}["${mermaid_mermaidLabel(mermaid_nodeLabel(id, marks))}"]`);
    const cycleLinks = [];
    edges.forEach((edge, index) => {
        lines.push(`  ${alias.get(edge.from)} --> ${alias.get(edge.to)}`);
        if (marks.cycleEdges.has(edgeKey(edge.from, edge.to)))
            cycleLinks.push(index);
    });
    lines.push('  classDef cycle fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px,color:#000');
    lines.push('  classDef missing fill:#f1f3f5,stroke:#868e96,stroke-width:2px,stroke-dasharray:5 5,color:#000');
    lines.push('  classDef finding fill:#fff4e6,stroke:#e8590c,stroke-width:2px,color:#000');
    const classOf = (id) => marks.cycleNodes.has(id) ? 'cycle' : marks.missing.has(id) ? 'missing' : marks.findingCount.has(id) ? 'finding' : null;
    for (const name of ['cycle', 'missing', 'finding']) {
        const members = ordered.filter((id) => classOf(id) === name).map((id) => alias.get(id));
        if (members.length > 0)
            lines.push(`  class ${members.join(',')} ${name}`);
    }
    if (cycleLinks.length > 0)
        lines.push(`  linkStyle ${cycleLinks.join(',')} stroke:#c92a2a,stroke-width:3px`);
    return lines.join('\n');
}
function mermaid_nodeLabel(id, marks) {
    const flow = marks.flowById.get(id);
    if (flow)
        return `${truncate(flow.name || id)} (${flow.type})`;
    return marks.missing.has(id) ? `missing flow ${id}` : `flow ${id}`;
}
function truncate(text) {
    const chars = [...text];
    return chars.length <= LABEL_MAX_CHARS ? text : `${chars.slice(0, LABEL_MAX_CHARS - 1).join('')}…`;
}
/**
 * Text safe inside a quoted Mermaid label: quotes, `#`, angle brackets, ampersands, backticks and
 * brackets become Mermaid entity codes (`#34;`), which Mermaid turns back into the characters when
 * it draws; line breaks and other control characters become spaces.
 */
function mermaid_mermaidLabel(text) {
    return text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/[#"<>&`[\]{}|\\]/g, (char) => `#${char.codePointAt(0)};`);
}

;// CONCATENATED MODULE: ./src/changes/diagram.ts
// A Mermaid flowchart of one changed task, state or menu: its actions (or choices) as they are now,
// added ones green, changed ones orange, removed ones dashed grey, re-pointed edges drawn thick.
// Node ids are generated (`a0`, `a1`, …) and labels go through the call graph's escaping, so any
// action name renders.







const diagram_DEFAULT_MAX_NODES = 60;
const CHANGED_KINDS = new Set(['action-changed', 'action-renamed', 'action-moved', 'rewired', 'resource', 'flow-call', 'choice']);
/** The Mermaid source (no Markdown fence); '' when the item is in neither version. */
function itemChangeDiagram(input) {
    const beforeFlow = diagram_read(input.before);
    const afterFlow = diagram_read(input.after);
    const item = afterFlow?.itemsById.get(input.itemId);
    const old = beforeFlow?.itemsById.get(input.itemId);
    const shown = item ?? old;
    if (shown === undefined)
        return '';
    const changes = input.changes ?? reviewFlowChange({ before: input.before, after: input.after, flowId: '', name: '' }).changes;
    const mine = changes.filter((change) => change.itemId === input.itemId);
    const rewired = new Set(mine.filter((change) => change.kind === 'rewired').map((change) => change.actionId));
    const changed = new Set(mine.filter((change) => CHANGED_KINDS.has(change.kind)).map((change) => change.actionId));
    const nodes = new Map();
    const links = [];
    const node = (key, label, mark) => {
        if (!nodes.has(key))
            nodes.set(key, { key, label, ...(mark === undefined ? {} : { mark }) });
        return key;
    };
    const start = node('start', `${itemText(shown)}`);
    const current = item ?? shown;
    const gone = item === undefined;
    for (const action of current.actions) {
        const mark = gone ? 'removed' : old?.actionsById.has(action.id) !== true ? 'added' : changed.has(action.id) ? 'changed' : undefined;
        node(action.id, actionText(action), mark);
    }
    const startAction = stringField(current.raw, 'startAction');
    if (startAction !== '') {
        const startMoved = mine.some((change) => change.kind === 'start-changed');
        links.push({ from: start, to: startAction, label: '', dashed: gone, repointed: startMoved });
    }
    for (const action of current.actions)
        addEdges(action, links, gone, rewired.has(action.id), old);
    if (!gone && old !== undefined) {
        for (const action of old.actions) {
            if (item.actionsById.has(action.id))
                continue;
            node(action.id, actionText(action), 'removed');
            for (const other of old.actions)
                if (other.nextAction === action.id || actionOutputs(other).some((output) => output.target === action.id))
                    addEdgeTo(other, action, links);
        }
    }
    addChoices(current, old, afterFlow ?? beforeFlow, beforeFlow, links, node, changed, gone);
    return diagram_render(limit([...nodes.values()], links, input.maxNodes ?? diagram_DEFAULT_MAX_NODES));
}
function diagram_read(document) {
    return isRecord(document) ? readFlowDocument(document, arrayField(document, 'flowSequenceItemList')) : undefined;
}
function addEdges(action, links, dashed, rewired, old) {
    const previous = old?.actionsById.get(action.id);
    if (action.nextAction !== '') {
        const repointed = rewired && previous !== undefined && previous.nextAction !== action.nextAction;
        links.push({ from: action.id, to: action.nextAction, label: '', dashed, repointed });
    }
    const oldTargets = new Map((previous === undefined ? [] : actionOutputs(previous)).map((output) => [output.outputId, output.target]));
    for (const output of actionOutputs(action)) {
        if (output.target === '')
            continue;
        const repointed = rewired && oldTargets.has(output.outputId) && oldTargets.get(output.outputId) !== output.target;
        links.push({ from: action.id, to: output.target, label: output.label, dashed, repointed });
    }
}
/** The old edge into a removed action, dashed. */
function addEdgeTo(from, to, links) {
    const output = actionOutputs(from).find((candidate) => candidate.target === to.id);
    links.push({ from: from.id, to: to.id, label: output?.label ?? '', dashed: true, repointed: false });
}
/** A menu: one edge per choice, labelled with its digit and name, to what the choice runs. */
function addChoices(menu, old, flow, beforeFlow, links, node, changed, gone) {
    const oldChoices = new Map((old?.choices ?? []).map((choice) => [choice.id, choice]));
    const draw = (choice, runsIn, mark, dashed, repointed) => {
        const action = choice.action;
        const runs = action === undefined ? 'nothing' : jumpText(runsIn, action) || actionText(action);
        const target = node(`choice:${choice.id}`, runs, mark);
        const digit = choice.raw['digit'];
        links.push({ from: 'start', to: target, label: `${digit === undefined ? '' : `${String(digit)}: `}${choice.name}`, dashed, repointed });
    };
    for (const choice of menu.choices) {
        const previous = oldChoices.get(choice.id);
        const mark = gone ? 'removed' : previous === undefined ? 'added' : changed.has(choice.action?.id) ? 'changed' : undefined;
        const repointed = previous !== undefined && previous.action !== undefined && choice.action !== undefined && jumpText(beforeFlow, previous.action) !== jumpText(flow, choice.action);
        draw(choice, flow, mark, gone, repointed);
    }
    if (gone)
        return;
    for (const choice of old?.choices ?? [])
        if (!menu.choices.some((kept) => kept.id === choice.id))
            draw(choice, beforeFlow, 'removed', true, false);
}
/** A large item is cut to its changed nodes and their neighbours, so the diagram stays readable. */
function limit(nodes, links, maxNodes) {
    const present = new Set(nodes.map((candidate) => candidate.key));
    let kept = links.filter((link) => present.has(link.from) && present.has(link.to));
    if (nodes.length <= maxNodes)
        return { nodes, links: kept };
    const seeds = new Set(nodes.filter((candidate) => candidate.mark !== undefined || candidate.key === 'start').map((candidate) => candidate.key));
    const focus = new Set(seeds);
    for (const link of kept)
        if (seeds.has(link.from) || seeds.has(link.to) || link.repointed)
            [link.from, link.to].forEach((key) => focus.add(key));
    // Changed nodes first, so a cut never drops one for a neighbour.
    const chosen = [...nodes.filter((candidate) => seeds.has(candidate.key)), ...nodes.filter((candidate) => focus.has(candidate.key) && !seeds.has(candidate.key))].slice(0, maxNodes);
    const chosenKeys = new Set(chosen.map((candidate) => candidate.key));
    kept = kept.filter((link) => chosenKeys.has(link.from) && chosenKeys.has(link.to));
    return { nodes: chosen, links: kept };
}
function diagram_render({ nodes, links }) {
    const alias = new Map(nodes.map((candidate, index) => [candidate.key, candidate.key === 'start' ? 'start' : `a${index}`]));
    const lines = ['flowchart TD'];
    for (const candidate of nodes) {
        const shape = candidate.key === 'start' ? ['(["', '"])'] : ['["', '"]'];
        lines.push(`  ${alias.get(candidate.key)}${shape[0]}${mermaidLabel(candidate.label)}${shape[1]}`);
    }
    const thick = [];
    links.forEach((link, index) => {
        const arrow = link.dashed ? '-.->' : '-->';
        const label = link.label === '' ? '' : `|"${mermaidLabel(link.label)}"|`;
        lines.push(`  ${alias.get(link.from)} ${arrow}${label} ${alias.get(link.to)}`);
        if (link.repointed)
            thick.push(index);
    });
    lines.push('  classDef added fill:#d3f9d8,stroke:#2b8a3e,stroke-width:2px,color:#000');
    lines.push('  classDef changed fill:#fff4e6,stroke:#e8590c,stroke-width:2px,color:#000');
    lines.push('  classDef removed fill:#f1f3f5,stroke:#868e96,stroke-width:2px,stroke-dasharray:5 5,color:#000');
    for (const mark of ['added', 'changed', 'removed']) {
        const members = nodes.filter((candidate) => candidate.mark === mark).map((candidate) => alias.get(candidate.key));
        if (members.length > 0)
            lines.push(`  class ${members.join(',')} ${mark}`);
    }
    if (thick.length > 0)
        lines.push(`  linkStyle ${thick.join(',')} stroke:#e8590c,stroke-width:3px`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/changes/outline.ts
// A flow as an outline in Architect's words, one setting or edge a line, in document order and
// without ids, tracking numbers or positions: git's `textconv` turns each version into this text and
// diffs the lines, so `git log -p` and `git show` read as the canvas does (no --ext-diff needed).
// Values are written whole (JSON-quoted), never cut, so every real change shows as a changed line.
// Keys are read in sorted order and actions named without Architect's tracking numbers, so a save
// that only renumbers or reorders reads the same.










/** The outline writes an action's type in its name and its outputs as edges, not as settings. */
const ACTION_LINE_SKIP = new Set([...ACTION_SKIP, '__type', 'paths', 'path']);
function flowOutline(original) {
    const document = JSON.parse(canonicalJson(original));
    const flow = readFlowDocument(document, arrayField(document, 'flowSequenceItemList'));
    const lines = [`flow "${stringField(document, 'name')}" (${stringField(document, 'type') || 'unknown type'})`];
    append(lines, settings(document, FLOW_SKIP, flowFieldLabel, '  '));
    lines.push(`  starts at ${itemRefText(flow, stringField(document, 'initialSequence'))}`);
    for (const item of flow.items)
        append(lines, itemLines(flow, item));
    const calls = arrayField(document, 'commonModules').length;
    if (calls > 0)
        lines.push(`(${calls} common module snapshot${calls === 1 ? '' : 's'} copied in; not part of this flow)`);
    return `${lines.join('\n')}\n`;
}
function itemLines(flow, item) {
    const lines = ['', itemText(item), ...settings(item.raw, ITEM_SKIP, itemFieldLabel, '  ')];
    const start = item.actionsById.get(stringField(item.raw, 'startAction'));
    if (start !== undefined)
        lines.push(`  starts with ${named(start)}`);
    const defaultChoice = item.choices.find((choice) => choice.id === stringField(item.raw, 'defaultMenuChoice'));
    if (defaultChoice !== undefined)
        lines.push(`  default ${choiceText(defaultChoice)}`);
    for (const action of item.actions)
        append(lines, actionLines(flow, item, action, '  '));
    for (const choice of item.choices) {
        lines.push(`  ${choiceText(choice)} runs ${choice.action === undefined ? 'nothing' : jumpText(flow, choice.action) || named(choice.action)}`);
        lines.push(...settings(choice.raw, CHOICE_SKIP, (key) => fieldLabel(key, 'MenuChoice'), '    '));
        if (choice.action !== undefined)
            lines.push(...settings(choice.action.raw, ACTION_LINE_SKIP, (key) => fieldLabel(key, choice.action.type), '    '));
    }
    return lines;
}
function actionLines(flow, item, action, indent) {
    const lines = [`${indent}${named(action)}`, ...settings(action.raw, ACTION_LINE_SKIP, (key) => fieldLabel(key, action.type), `${indent}  `)];
    const target = (id) => {
        const next = item.actionsById.get(id);
        return next === undefined ? `a missing action (${id})` : named(next);
    };
    const jump = jumpText(flow, action);
    if (jump !== '')
        lines.push(`${indent}  goes to ${jump}`);
    for (const output of actionOutputs(action)) {
        lines.push(`${indent}  "${output.label}" → ${output.target === '' ? 'nothing (empty branch)' : target(output.target)}`);
    }
    if (action.nextAction !== '')
        lines.push(`${indent}  then ${target(action.nextAction)}`);
    return lines;
}
function named(action) {
    return actionText(action, false);
}
/** Each setting with a value, as `label: "value"` (the walk against an empty record lists them all). */
function settings(record, skip, label, indent) {
    return diffFields({}, record, { skipTop: skip, label }).map((change) => `${indent}${change.label || 'value'}: ${value(change)}`);
}
function value(change) {
    const text = change.after ?? '';
    return change.literal ? text : JSON.stringify(text);
}

;// CONCATENATED MODULE: ./src/changes/index.ts
// The flow change model: what changed in a flow between two snapshots, in Architect's words.
//
// Pure: configuration JSON in (architect-flow-format.md §1, §5.1), plain values out. No fs, git or
// network. The `diff` command (src/cli/diff.ts) and the reports build on it.
//
// API (stable; the reports merge it):
//
//   reviewFlowChange({ before, after, afterText?, flowId, name, versionFrom?, versionTo? }): FlowReview
//     before / after: the parsed configuration JSON of the previous and new version; either may be
//     undefined (a flow added or removed: status 'added' / 'removed', one 'flow' change naming it);
//     anything that is not a JSON object counts as undefined.
//     afterText: the new file's text, for `FlowChange.line`; when left out, lines are those of the
//     canonical serialisation (keys sorted, 2-space indent), which is what the Action commits.
//     Status 'layout-only' when the documents differ only in noise: trackingId, nextTrackingNumber,
//     uiMetaData / metaData (positions), key order, flowMetaData, the `commonModules[].model` snapshot
//     copies (and the `customDefinitions` they bring), `manifest` contexts.
//     `changes` are in reading order: by line, top to bottom of the new file; changes with no line
//     there (removed items and choices, resources no longer used, flows no longer called) last.
//
//   oneLineSummary(review): string
//     `Main IVR 12.0 → 13.0: 2 actions added, Decision "Open today?" rewired, queue "Sales" → "Support"`
//
//   reviewMarkdown(reviews, { maxChars, maxFlowsListed?, lineLink? }): string
//     Flows that changed, most changes first, then added, then removed; each a bold name with its
//     version step and a list of its changes (12 at most, then "…and N more changes", with lines);
//     flows past the budget are counted ("…and N more flows changed"); layout-only flows in one line.
//     Names are Markdown-escaped (`md`). Never longer than maxChars. `lineLink(review, line)` gives the
//     address of a line of the flow's new file, and `(line 40)` becomes a link to it.
//
//   reviewText(reviews): string
//     The same for a terminal: `Name 12.0 → 13.0`, then `  line 120  Added Play Audio …`.
//
//   itemChangeDiagram({ before, after, itemId, changes?, maxNodes? }): string
//     Mermaid `flowchart TD` (no fence) of one task/state/menu (`FlowChange.itemId`): added actions
//     green, changed orange, removed dashed grey, re-pointed edges thick orange (linkStyle); a menu
//     draws its choices. '' when the item is in neither version. Parses with Mermaid 11.
//
//   flowOutline(document): string
//     The flow as an outline in Architect's words (one setting or edge a line, no ids, values whole),
//     for `describe` and git's textconv.
//
// Every change has a `kind` (see `ChangeKind`), one sentence `text` naming things by name (an
// action as `Decision "Open today?"`, or `Play Audio #15` — Architect's own number — when it still
// has its default name), `line` in the new file where it has one (a removed action points at its
// task), and `itemName` / `itemId` / `actionId` where it is inside an item.






;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/snapshot/canonical-file.ts
// A flow's committed file from its document: the canonical text and what the manifest records of it.


function canonicalFile(document) {
    const text = canonical_canonicalJson(document);
    const bytes = Buffer.from(text, 'utf8');
    return { text, sha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The message of anything thrown, without a stack trace: a value that is not an Error still ends the
 * run with a message instead of leaving the step green.
 */
function errors_errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return `Unexpected failure: ${JSON.stringify(error)}`;
    }
    catch {
        return 'Unexpected failure of an unknown kind.';
    }
}
/** The process holds as many open files as it may (EMFILE), or the system does (ENFILE). */
function isOutOfFileDescriptors(error) {
    const code = error?.code;
    return code === 'EMFILE' || code === 'ENFILE';
}
const RAISE_OPEN_FILES = 'The process ran out of file descriptors: raise the open-files limit (ulimit -n) for the step.';

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_namespaceObject.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var esm_Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), esm_Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (esm_Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new esm_Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return esm_Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 0))), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 0))), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (/* unused pure expression or super */ null && ((function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})()));
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/genesys/unzip.ts
// Reads a zip archive with Node's own zlib (native code, several times quicker than inflating in
// JavaScript on the megabytes of a 50-flow export). It reads the central directory, which holds every
// entry's sizes even when the local headers defer them to a data descriptor. Anything it does not
// handle itself (Zip64, encryption, a method other than stored or deflate) goes to fflate, which has been
// the reader so far, so no archive that fflate read is refused now.


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;
/** End-of-central-directory record without comment; the comment may add up to 65,535 bytes. */
const EOCD_SIZE = 22;
/** path → bytes of every entry, as fflate's unzipSync gives them; throws on an unreadable archive. */
function unzipEntries(bytes) {
    return readNatively(bytes) ?? unzipSync(bytes);
}
/** The entries, or undefined when the archive needs what only fflate handles. */
function readNatively(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfCentralDirectory(view);
    if (end === undefined)
        return undefined;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff)
        return undefined; // Zip64
    const entries = {};
    for (let index = 0; index < count; index++) {
        if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY)
            throw new Error('the central directory is damaged');
        const flags = view.getUint16(at + 8, true);
        const method = view.getUint16(at + 10, true);
        const compressedSize = view.getUint32(at + 20, true);
        const size = view.getUint32(at + 24, true);
        const nameLength = view.getUint16(at + 28, true);
        const extraLength = view.getUint16(at + 30, true);
        const commentLength = view.getUint16(at + 32, true);
        const localAt = view.getUint32(at + 42, true);
        if ((flags & 1) !== 0 || (method !== STORED && method !== DEFLATE))
            return undefined;
        if (compressedSize === 0xffffffff || size === 0xffffffff || localAt === 0xffffffff)
            return undefined;
        const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
        entries[name] = entryData(bytes, view, localAt, method, compressedSize, size, name);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
function findEndOfCentralDirectory(view) {
    const lowest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
    for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
        if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    return undefined;
}
function entryData(bytes, view, localAt, method, compressedSize, size, name) {
    if (localAt + 30 > bytes.byteLength || view.getUint32(localAt, true) !== LOCAL_HEADER)
        throw new Error(`the entry ${name} has no local header`);
    const start = localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (start + compressedSize > bytes.byteLength)
        throw new Error(`the entry ${name} is cut short`);
    const data = bytes.subarray(start, start + compressedSize);
    if (method === STORED)
        return data;
    const inflated = (0,external_node_zlib_namespaceObject.inflateRawSync)(data, { maxOutputLength: Math.max(size, 1) });
    if (inflated.byteLength !== size)
        throw new Error(`the entry ${name} inflates to ${inflated.byteLength} bytes, not the ${size} its header says`);
    return inflated;
}

;// CONCATENATED MODULE: ./src/genesys/decode.ts
// Pure decoding of an Architect export download (architect-flow-format.md §2.1, §5.1): one `.i3*` file
// for a one-flow job, a zip of them otherwise; each file is base64 → URL-encoding → configuration JSON.


const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const WHITESPACE = /\s/;
const WHITESPACES = /\s+/g;
function isZip(bytes) {
    return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}
/**
 * The files of a download. A one-flow job's download is the bare file, whose name the URL does not
 * reliably carry, so it is named after the one flow requested.
 */
function unpackDownload(bytes, singleFlowId) {
    if (!isZip(bytes)) {
        if (singleFlowId === undefined) {
            throw new Error('the download of a job with several flows is not a zip archive');
        }
        return [{ name: singleFlowId, bytes }];
    }
    let entries;
    try {
        entries = unzipEntries(bytes);
    }
    catch (error) {
        throw new Error(`the zip archive could not be read (${errors_errorMessage(error)})`);
    }
    return Object.entries(entries)
        .filter(([path]) => !path.endsWith('/'))
        .map(([path, content]) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: content }));
}
/** The download as a whole could not be read (not a zip, a damaged archive): worth fetching again. */
class decode_UnreadableDownload extends Error {
    name = 'UnreadableDownload';
}
/** Every file of a download, decoded here and now; throws UnreadableDownload when the archive is unreadable. */
function decode_decodeDownload(bytes, singleFlowId) {
    let files;
    try {
        files = unpackDownload(bytes, singleFlowId);
    }
    catch (error) {
        throw new decode_UnreadableDownload(errors_errorMessage(error));
    }
    return files.map((file) => ({ name: file.name, size: file.bytes.byteLength, decoded: decodedOrError(file.bytes) }));
}
function decodedOrError(bytes) {
    try {
        return { document: decodeFlowFile(bytes) };
    }
    catch (error) {
        return { error: errors_errorMessage(error) };
    }
}
/** The flow id a file belongs to: the export job names it `<fileName>.<extension>` and fileName is the id. */
function flowIdOfFile(name) {
    const dot = name.indexOf('.');
    return dot === -1 ? name : name.slice(0, dot);
}
/** Decodes one `.i3*` file into its configuration JSON object; throws with the reason when it cannot. */
function decodeFlowFile(bytes) {
    // Native string operations throughout: a flow file is tens of kilobytes and an org has thousands.
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (WHITESPACE.test(text))
        text = text.replace(WHITESPACES, '');
    if (text === '')
        throw new Error('the file is empty');
    // Node's decoder skips characters outside the alphabet, so a file holding any decodes to fewer bytes than
    // its length promises: one comparison instead of a pattern scan over tens of kilobytes. It also takes the
    // URL-safe '-' and '_', which an Architect file never holds, so those are refused by name.
    const raw = text.length % 4 === 1 || text.includes('-') || text.includes('_') ? undefined : Buffer.from(text, 'base64');
    if (raw === undefined || raw.byteLength !== Buffer.byteLength(text, 'base64'))
        throw new Error('the file is not base64 text');
    const encoded = raw.toString('utf8');
    let json;
    try {
        json = decodeURIComponent(encoded);
    }
    catch {
        throw new Error('the decoded file is not URL-encoded text');
    }
    let document;
    try {
        document = JSON.parse(json);
    }
    catch (error) {
        throw new Error(`the decoded file is not JSON (${errors_errorMessage(error)})`);
    }
    if (document === null || typeof document !== 'object' || Array.isArray(document)) {
        throw new Error('the decoded file is not a JSON object');
    }
    return document;
}

;// CONCATENATED MODULE: ./src/genesys/decode-pool.ts
// Decoding downloads on the runner's other cores. Each flow's decoding (base64, URL-encoding, JSON) and its
// canonical file text and hash are work on this thread that no other flow needs; with 2,000 flows they
// take over a second, while this thread also keeps polls and downloads moving. A worker thread does them
// and hands back the canonical text; this thread parses that text for the document the rules read.
// Where no worker can run (one core, the sources run without a build, a worker that fails), the
// download is decoded here as before: the result is the same, only where the work happens differs.









/** The worker's side: decode and write the canonical text (see decode-worker.ts). */
function decodeForWorker(request) {
    let files;
    try {
        files = decode_decodeDownload(request.bytes, request.singleFlowId);
    }
    catch (error) {
        return { id: request.id, unreadable: errors_errorMessage(error) };
    }
    return {
        id: request.id,
        files: files.map((file) => {
            if ('error' in file.decoded)
                return { name: file.name, size: file.size, error: file.decoded.error };
            try {
                const canonical = canonicalFile(file.decoded.document);
                const reviewed = reviewAgainstPrevious(request.previous?.[flowIdOfFile(file.name).toLowerCase()], file.decoded.document, canonical);
                return { name: file.name, size: file.size, canonical, ...(reviewed === undefined ? {} : { reviewed }) };
            }
            catch (error) {
                // Left to the snapshot, which names the flow that cannot be written; here it is only decoded.
                return { name: file.name, size: file.size, error: `the decoded document cannot be written as JSON (${errors_errorMessage(error)})` };
            }
        }),
    };
}
/**
 * What changed in one flow since its previous file, when that file's hash differs; undefined otherwise, or when
 * anything fails (the main thread then reviews the flow itself).
 */
function reviewAgainstPrevious(previous, document, canonical) {
    if (previous === undefined || previous.sha256 === canonical.sha256)
        return undefined;
    try {
        let previousText;
        try {
            previousText = (0,external_node_fs_namespaceObject.readFileSync)(previous.file, 'utf8');
        }
        catch {
            previousText = null;
        }
        let before;
        try {
            before = previousText === null ? undefined : JSON.parse(previousText);
        }
        catch {
            before = undefined;
        }
        const review = review_reviewFlowChange({ before, after: document, afterText: canonical.text, flowId: previous.flowId, name: previous.name, versionFrom: previous.versionFrom, versionTo: previous.versionTo });
        return { review, previousText, sha256: canonical.sha256 };
    }
    catch {
        return undefined;
    }
}
/** A worker's answer as this thread's decoded files: the document parsed back from its canonical text. */
function fromWire(files) {
    return files.map((file) => {
        if (file.canonical === undefined)
            return { name: file.name, size: file.size, decoded: { error: file.error ?? 'the file could not be decoded' } };
        try {
            const document = JSON.parse(file.canonical.text);
            return { name: file.name, size: file.size, decoded: { document, canonical: file.canonical, ...(file.reviewed ? { reviewed: file.reviewed } : {}) } };
        }
        catch (error) {
            return { name: file.name, size: file.size, decoded: { error: `the decoded file could not be read back (${errorMessage(error)})` } };
        }
    });
}
function createDecodePool(options = {}) {
    const script = options.script === undefined ? bundledWorkerScript() : options.script;
    const count = script === null ? 0 : Math.max(0, options.workers ?? Math.min(4, availableParallelism()));
    const usage = { onWorkers: 0, here: 0, workers: 0 };
    let nextId = 0;
    let workers = [];
    const retire = (entry, error) => {
        workers = workers.filter((other) => other !== entry);
        for (const { reject } of entry.pending.values())
            reject(error);
        entry.pending.clear();
        void entry.worker.terminate();
    };
    const start = () => {
        try {
            const worker = new Worker(script);
            const entry = { worker, pending: new Map() };
            worker.on('message', (reply) => {
                const waiting = entry.pending.get(reply.id);
                entry.pending.delete(reply.id);
                if (entry.pending.size === 0)
                    worker.unref();
                waiting?.resolve(reply);
            });
            worker.on('error', (error) => retire(entry, error));
            worker.on('exit', (code) => retire(entry, new Error(`the decoding worker stopped (exit code ${code})`)));
            // Idle workers never keep the process alive; one with work does (see send).
            worker.unref();
            return entry;
        }
        catch {
            return undefined;
        }
    };
    for (let index = 0; index < count && script; index++) {
        const entry = start();
        if (entry)
            workers.push(entry);
    }
    usage.workers = workers.length;
    const send = (entry, bytes, singleFlowId, previous) => new Promise((resolve, reject) => {
        const id = nextId++;
        if (entry.pending.size === 0)
            entry.worker.ref();
        entry.pending.set(id, { resolve, reject });
        // A copy, not a transfer: if the worker fails, this thread still holds the bytes to decode them itself.
        entry.worker.postMessage({ id, bytes, singleFlowId, previous });
    });
    const decodeHere = (bytes, singleFlowId) => {
        usage.here++;
        return decodeDownload(bytes, singleFlowId);
    };
    return {
        usage,
        async decode(bytes, singleFlowId, previous) {
            const entry = workers.reduce((least, candidate) => (least === undefined || candidate.pending.size < least.pending.size ? candidate : least), undefined);
            if (entry === undefined)
                return decodeHere(bytes, singleFlowId);
            let reply;
            try {
                reply = await send(entry, bytes, singleFlowId, previous);
            }
            catch {
                return decodeHere(bytes, singleFlowId);
            }
            usage.onWorkers++;
            if ('unreadable' in reply)
                throw new UnreadableDownload(reply.unreadable);
            return fromWire(reply.files);
        },
        async close() {
            const stopping = workers;
            workers = [];
            await Promise.all(stopping.map((entry) => entry.worker.terminate()));
        },
    };
}
/**
 * The worker's script built beside the Action's bundle (dist/decode-worker/index.js), or null where there is
 * none: run from the TypeScript sources, or from a bundle built without it (the library, the CLI).
 */
function bundledWorkerScript() {
    const here = fileURLToPath(import.meta.url);
    if (!here.endsWith('.js'))
        return null;
    const script = join(dirname(here), WORKER_FOLDER, 'index.js');
    return existsSync(script) ? script : null;
}
/** Kept in a constant so the bundler does not try to bundle the worker into the Action's own file. */
const WORKER_FOLDER = 'decode-worker';

;// CONCATENATED MODULE: ./src/genesys/decode-worker.ts
// The decoding worker's entry (built on its own into dist/decode-worker/): see decode-pool.ts.


external_node_worker_threads_namespaceObject.parentPort?.on('message', (request) => external_node_worker_threads_namespaceObject.parentPort.postMessage(decodeForWorker(request)));

