#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 117:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


function __export(m) {
    for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
}
Object.defineProperty(exports, "__esModule", ({ value: true }));
__export(__nccwpck_require__(972));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 972:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs_1 = __nccwpck_require__(896);
const debug_1 = __importDefault(__nccwpck_require__(830));
const log = debug_1.default('@kwsites/file-exists');
function check(path, isFile, isDirectory) {
    log(`checking %s`, path);
    try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
            log(`[OK] path represents a file`);
            return true;
        }
        if (stat.isDirectory() && isDirectory) {
            log(`[OK] path represents a directory`);
            return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            log(`[FAIL] path is not accessible: %o`, e);
            return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
    }
}
/**
 * Synchronous validation of a path existing either as a file or as a directory.
 *
 * @param {string} path The path to check
 * @param {number} type One or both of the exported numeric constants
 */
function exists(path, type = exports.READABLE) {
    return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
}
exports.exists = exists;
/**
 * Constant representing a file
 */
exports.FILE = 1;
/**
 * Constant representing a folder
 */
exports.FOLDER = 2;
/**
 * Constant representing either a file or a folder
 */
exports.READABLE = exports.FILE + exports.FOLDER;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 997:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.ud = exports.yX = void 0;
/**
 * Creates a new `DeferredPromise`
 *
 * ```typescript
 import {deferred} from '@kwsites/promise-deferred`;
 ```
 */
function deferred() {
    let done;
    let fail;
    let status = 'pending';
    const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
    });
    return {
        promise,
        done(result) {
            if (status === 'pending') {
                status = 'resolved';
                done(result);
            }
        },
        fail(error) {
            if (status === 'pending') {
                status = 'rejected';
                fail(error);
            }
        },
        get fulfilled() {
            return status !== 'pending';
        },
        get status() {
            return status;
        },
    };
}
exports.yX = deferred;
/**
 * Alias of the exported `deferred` function, to help consumers wanting to use `deferred` as the
 * local variable name rather than the factory import name, without needing to rename on import.
 *
 * ```typescript
 import {createDeferred} from '@kwsites/promise-deferred`;
 ```
 */
exports.ud = deferred;
/**
 * Default export allows use as:
 *
 * ```typescript
 import deferred from '@kwsites/promise-deferred`;
 ```
 */
__webpack_unused_export__ = deferred;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(110);
} else {
	module.exports = __nccwpck_require__(108);
}


/***/ }),

/***/ 108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(18);
const util = __nccwpck_require__(23);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(75);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(531);
// The command-line entry (package.json "bin"): nothing but the call, like src/index.ts for the Action.

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 531:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The message of anything thrown, without a stack trace: a value that is not an Error still ends the
 * run with a message instead of leaving the step green.
 */
function errorMessage(error) {
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
function canonicalJson(value) {
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
function fieldLabel(key, actionType) {
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
function itemFieldLabel(key) {
    return ITEM_FIELD_LABELS[key] ?? fieldLabel(key, '');
}
const ITEM_FIELD_LABELS = { variables: 'variable', paths: 'output', prompts: 'audio', menuChoiceList: 'choice' };
function flowFieldLabel(key) {
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
function choiceText(choice) {
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
function diffFields(before, after, context) {
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
const FLOW_SKIP = new Set([
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
    for (const change of diffFields(before, after, { skipTop: FLOW_SKIP, label: flowFieldLabel })) {
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
    const target = itemRefText(after, now);
    return [{ kind: 'start-changed', text: `The flow now starts at ${target} ${wasText(target, itemRefText(before, was))}`, pointer: ['initialSequence'] }];
}
/** The item reference fields of jumps (§1.3): Jump to Reusable Task / Menu, Call Task, Change State, menu choices. */
const REFERENCE_FIELDS = ['taskReference', 'menuReference', 'stateReference'];
const REFERENCE_NAME_FIELDS = ['taskName', 'menuName', 'stateName'];
/** The item an action jumps to or calls, as words (`task "Billing"`); '' when it jumps nowhere. */
function wiring_jumpText(flow, action) {
    for (const [index, field] of REFERENCE_FIELDS.entries()) {
        const id = json_stringField(action.raw, field);
        if (id !== '')
            return itemRefText(flow, id, json_stringField(action.raw, REFERENCE_NAME_FIELDS[index]));
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
function itemRefText(flow, id, recordedName = '') {
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
const ITEM_SKIP = new Set(['id', 'name', '__type', 'actionList', 'menuChoiceList', 'startAction', 'defaultMenuChoice']);
/** Action keys reported elsewhere: identity, name, edges and jumps. */
const ACTION_SKIP = new Set(['id', 'name', 'nextAction', 'ifTrue', 'ifFalse', 'onTimeout', 'onException', ...REFERENCE_FIELDS, ...REFERENCE_NAME_FIELDS]);
const CHOICE_SKIP = new Set(['id', 'name', 'action']);
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
    for (const change of diffFields(old.raw, item.raw, { skipTop: ITEM_SKIP, label: itemFieldLabel })) {
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
    for (const change of diffFields(old.raw, action.raw, { skipTop: ACTION_SKIP, label: (key) => fieldLabel(key, action.type) })) {
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
            drafts.push({ kind: 'choice', text: `${subject}: added ${choiceText(choice)}, which runs ${choiceRuns(flows.after, choice)}`, pointer: [...choice.pointer, 'name'], ...where, actionId });
            continue;
        }
        kept.add(choice.id);
        const named = `${subject}: choice ${quoted(choice.name || choice.id)}`;
        if (previous.name !== choice.name) {
            drafts.push({ kind: 'choice', text: `${subject}: renamed choice ${quoted(previous.name)} to ${quoted(choice.name)}`, pointer: [...choice.pointer, 'name'], ...where, actionId });
        }
        for (const change of diffFields(previous.raw, choice.raw, { skipTop: CHOICE_SKIP, label: (key) => fieldLabel(key, 'MenuChoice') })) {
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
            drafts.push({ kind: 'choice', text: `${subject}: removed ${choiceText(choice)}`, pointer: [...menu.pointer, 'name'], ...where });
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
    const changes = withLines(drafts, () => input.afterText ?? canonicalJson(after));
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
    const skip = new Set([...FLOW_SKIP].filter((key) => key !== 'flowSequenceItemList' && key !== 'initialSequence'));
    return diffFields(before, after, { skipTop: skip, label: flowFieldLabel })
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
    const flow = document_readFlowDocument(document, json_arrayField(document, 'flowSequenceItemList'));
    const lines = [`flow "${json_stringField(document, 'name')}" (${json_stringField(document, 'type') || 'unknown type'})`];
    draft_append(lines, settings(document, FLOW_SKIP, flowFieldLabel, '  '));
    lines.push(`  starts at ${itemRefText(flow, json_stringField(document, 'initialSequence'))}`);
    for (const item of flow.items)
        draft_append(lines, itemLines(flow, item));
    const calls = json_arrayField(document, 'commonModules').length;
    if (calls > 0)
        lines.push(`(${calls} common module snapshot${calls === 1 ? '' : 's'} copied in; not part of this flow)`);
    return `${lines.join('\n')}\n`;
}
function itemLines(flow, item) {
    const lines = ['', labels_itemText(item), ...settings(item.raw, ITEM_SKIP, itemFieldLabel, '  ')];
    const start = item.actionsById.get(json_stringField(item.raw, 'startAction'));
    if (start !== undefined)
        lines.push(`  starts with ${named(start)}`);
    const defaultChoice = item.choices.find((choice) => choice.id === json_stringField(item.raw, 'defaultMenuChoice'));
    if (defaultChoice !== undefined)
        lines.push(`  default ${choiceText(defaultChoice)}`);
    for (const action of item.actions)
        draft_append(lines, actionLines(flow, item, action, '  '));
    for (const choice of item.choices) {
        lines.push(`  ${choiceText(choice)} runs ${choice.action === undefined ? 'nothing' : wiring_jumpText(flow, choice.action) || named(choice.action)}`);
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
    const jump = wiring_jumpText(flow, action);
    if (jump !== '')
        lines.push(`${indent}  goes to ${jump}`);
    for (const output of edges_actionOutputs(action)) {
        lines.push(`${indent}  "${output.label}" → ${output.target === '' ? 'nothing (empty branch)' : target(output.target)}`);
    }
    if (action.nextAction !== '')
        lines.push(`${indent}  then ${target(action.nextAction)}`);
    return lines;
}
function named(action) {
    return labels_actionText(action, false);
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






;// CONCATENATED MODULE: ./src/cli/describe.ts
// `npx genesys-flow-snapshot describe FILE`: a flow file as an outline in Architect's words, for reading
// and as git's `textconv` (git then diffs the outlines, so `git log -p` and `git show` read as the canvas).





const describeCommand = {
    name: 'describe',
    summary: "Print a flow file as an outline in Architect's words (also git's textconv for flow files)",
    usage: [
        'npx genesys-flow-snapshot describe FILE',
        '',
        'As git\'s textconv (git log -p and git show then diff the outlines):',
        '  echo "genesys-flows/*/*.json diff=genesys-flow" >> .gitattributes',
        '  git config diff.genesys-flow.textconv "npx genesys-flow-snapshot describe"',
    ].join('\n'),
    run: runDescribe,
};
async function runDescribe(args, io) {
    if (args.length !== 1) {
        io.err(`describe takes one flow file, got ${args.length} argument(s).\n\nUsage: ${describeCommand.usage}\n`);
        return 2;
    }
    const path = (0,external_node_path_namespaceObject.resolve)(io.cwd, args[0]);
    const text = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch((error) => {
        throw new Error(`Cannot read ${path}: ${errorMessage(error)}`);
    });
    // Anything that is not a flow (manifest.json, a file the attribute matched by mistake) passes through
    // unchanged, so git still shows its lines.
    io.out(flowText(text) ?? text);
    return 0;
}
function flowText(text) {
    try {
        const value = JSON.parse(text);
        return json_isRecord(value) && Array.isArray(value['flowSequenceItemList']) ? flowOutline(value) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./node_modules/@simple-git/args-pathspec/dist/index.mjs
const t = /* @__PURE__ */ new WeakMap();
function dist_c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function dist_r(n) {
  return n instanceof String && t.has(n);
}
function dist_o(n) {
  return t.get(n) ?? [];
}

//# sourceMappingURL=index.mjs.map

// EXTERNAL MODULE: ./node_modules/@kwsites/file-exists/dist/index.js
var dist = __nccwpck_require__(117);
// EXTERNAL MODULE: ./node_modules/debug/src/index.js
var src = __nccwpck_require__(830);
// EXTERNAL MODULE: ./node_modules/@kwsites/promise-deferred/dist/index.js
var promise_deferred_dist = __nccwpck_require__(997);
;// CONCATENATED MODULE: ./node_modules/@simple-git/argv-parser/dist/index.mjs

function* x(e, n) {
  const t = n === "global";
  for (const o of e)
    o.isGlobal === t && (yield o);
}
const P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]), S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]), E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]), F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o } of x(e, "task")) {
    if (P.has(o))
      return w(!0, n);
    if (S.has(o))
      return w(!1, n);
  }
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : E.has(t) ? w(!0, n.slice(1)) : F.has(t) ? w(!1, n.slice(1)) : n.length === 1 ? w(!1, n) : w(!0, n);
}
function w(e = !1, n = []) {
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t = N(n), o = t && G(n.value);
    o && (yield {
      ...o,
      scope: t
    });
  }
}
function D(e, n, t) {
  const o = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o,
    M(n),
    A(n, t)
  ), o;
}
function L(e, n, t) {
  if (t === null)
    return;
  const o = O(n, t);
  t.isWrite ? e.write.push(o) : e.read.push(o);
}
const C = {
  short: /* @__PURE__ */ new Map([
    ["c", !0]
    //  -c <k=v>    set config key for this invocation
  ])
}, I = {
  short: new Map([
    ["C", !0],
    //  -C <path>   change working directory
    ["P", !1],
    // -P          no pager (alias for --no-pager)
    ["h", !1],
    // -h          help
    ["p", !1],
    // -p          paginate
    ["v", !1],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
}, R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", !0],
      // -b <branch>
      ["j", !0],
      // -j <n>          parallel jobs
      ["l", !1],
      // -l local
      ["n", !1],
      // -n no-checkout
      ["o", !0],
      // -o <name>       remote name
      ["q", !1],
      // -q quiet
      ["s", !1],
      // -s shared
      ["u", !0]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", !0],
      // -C <commit>  reuse message
      ["F", !0],
      // -F <file>    read message from file
      ["c", !0],
      // -c <commit>  reedit message
      ["m", !0],
      // -m <msg>
      ["t", !0]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", !1],
      // -e  open editor
      ["f", !0],
      //  -f <file>
      ["l", !1]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", !0],
      // -X <option>   strategy option
      ["f", !1],
      // -f force-rebase
      ["i", !1],
      // -i interactive
      ["k", !1],
      // -k keep-base
      ["m", !1],
      // -m merge
      ["n", !1],
      // -n no-stat
      ["q", !1],
      // -q quiet
      ["r", !1],
      // -r rebase-merges
      ["s", !0],
      // -s <strategy>
      ["v", !1],
      // -v verbose
      ["x", !0]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
}, T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t = e.indexOf("=");
    if (t > 2)
      return [{ name: e.slice(0, t), value: e.slice(t + 1), needsNext: !1 }];
    const o = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o) }];
  }
  if (e.length === 2) {
    const t = e.charAt(1), o = n.short.get(t);
    return [{ name: e, needsNext: o === !0 }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t = e.slice(1).split(""), o = [];
  for (let a = 0; a < t.length; a++) {
    const s = t[a], r = n.get(s);
    if (r === void 0)
      return [{ name: e, needsNext: !1 }];
    if (r) {
      const i = t.slice(a + 1).join("");
      if (i && ![...i].every((m) => n.has(m)))
        return o.push({ name: `-${s}`, value: i, needsNext: !1 }), o;
    }
    o.push({ name: `-${s}`, needsNext: r });
  }
  return o;
}
function W(e, n = []) {
  let t = 0;
  for (; t < e.length; ) {
    const o = String(e[t]);
    if (!o.startsWith("-") || o.length < 2) break;
    const a = b(o);
    let s = t + 1;
    for (const r of a) {
      const i = {
        name: r.name,
        value: r.value,
        absorbedNext: !1,
        isGlobal: !0
      };
      r.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = !0, s++), n.push(i);
    }
    t = s;
  }
  return { flags: n, taskIndex: t };
}
function V(e, n, t = []) {
  const o = B(n), a = [], s = [];
  let r = 0;
  for (; r < e.length; ) {
    const i = e[r];
    if (dist_r(i)) {
      s.push(...dist_o(i)), r++;
      continue;
    }
    const p = String(i);
    if (p === "--") {
      for (let d = r + 1; d < e.length; d++) {
        const g = e[d];
        dist_r(g) ? s.push(...dist_o(g)) : s.push(String(g));
      }
      break;
    }
    if (!p.startsWith("-") || p.length < 2) {
      a.push(p), r++;
      continue;
    }
    const m = b(p, o);
    let u = r + 1;
    for (const d of m) {
      const g = {
        name: d.name,
        value: d.value,
        absorbedNext: !1,
        isGlobal: !1
      };
      d.needsNext && g.value === void 0 && u < e.length && !dist_r(e[u]) && (g.value = String(e[u]), g.absorbedNext = !0, u++), t.push(g);
    }
    r = u;
  }
  return { flags: t, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t of K) {
      const o = t(n.key);
      o && (yield o);
    }
}
function f(e, n, t = String(e)) {
  const o = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o.test(s))
      return {
        category: n,
        message: `Configuring ${t} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t, n, e);
}
const K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t of n)
    for (const o of X) {
      const a = o(e, t);
      a && (yield a);
    }
}
function c(e, n, t, { name: o = String(n), globalOnly: a = !1, withValue: s = !1 } = {}) {
  const r = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o} is not permitted without enabling ${t}`;
  return function(m, u) {
    if (!(e && m !== e) && !(a && !u.isGlobal) && !(s && u.value === void 0) && r.test(u.name))
      return {
        category: t,
        message: i
      };
  };
}
const h = { globalOnly: !0, withValue: !0 }, X = [
  c(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c("clone", /^-\w*u/, "allowUnsafePack"),
  c("clone", "--u", "allowUnsafePack"),
  c("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c(null, "--template", "allowUnsafeTemplateDir"),
  c(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t) {
  return [...H(e, n), ...q(t)];
}
function Y(...e) {
  const { flags: n, taskIndex: t } = W(e), o = t < e.length ? String(e[t]).toLowerCase() : null, a = o !== null ? e.slice(t + 1) : [], { positionals: s, pathspecs: r } = V(a, o, n), i = D(o, n, s);
  return {
    task: o,
    flags: n.map(J),
    paths: r,
    config: i,
    vulnerabilities: z(k(o, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
const y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t = 0; t < n; t++) {
    const o = e[`git_config_key_${t}`], a = e[`git_config_value_${t}`];
    o !== void 0 && (yield { key: o.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t = y[n];
      yield {
        category: t,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t, o] of Object.entries(e)) {
    const a = t.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t = {
    read: [],
    write: [...Q(n)]
  }, o = [
    ...Z(n),
    ...k(null, [], t)
  ];
  return {
    config: t,
    vulnerabilities: o
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ./node_modules/simple-git/dist/index.mjs









class dist_O extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class Ae extends dist_O {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
}
class dist_A extends dist_O {
  constructor(e, n, r) {
    super(e, r), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class at extends dist_O {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
}
class xe extends dist_O {
  constructor(e) {
    super(void 0, e);
  }
}
const dist_I = "\0", dist_W = () => {
};
function Ne(t) {
  return typeof t != "function" ? dist_W : t;
}
function $e(t) {
  return typeof t == "function" && t !== dist_W;
}
function Pe(t, e) {
  const n = t.indexOf(e);
  return n <= 0 ? [t, ""] : [t.substr(0, n), t.substr(n + 1)];
}
function Me(t, e = 0) {
  return Dt(t) && t.length > e ? t[e] : void 0;
}
function dist_N(t, e = 0) {
  if (Dt(t) && t.length > e)
    return t[t.length - 1 - e];
}
function Dt(t) {
  return Bt(t);
}
function dist_H(t = "", e = !0, n = `
`) {
  return t.split(n).reduce((r, s) => {
    const o = e ? s.trim() : s;
    return o && r.push(o), r;
  }, []);
}
function ut(t, e) {
  return dist_H(t, !0).map((n) => e(n));
}
function Lt(t) {
  return (0,dist.exists)(t, dist.FOLDER);
}
function dist_S(t, e) {
  return Array.isArray(t) ? t.includes(e) || t.push(e) : t.add(e), e;
}
function De(t, e) {
  return Array.isArray(t) && !t.includes(e) && t.push(e), t;
}
function ct(t, e) {
  if (Array.isArray(t)) {
    const n = t.indexOf(e);
    n >= 0 && t.splice(n, 1);
  } else
    t.delete(e);
  return e;
}
const ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t) {
  return Array.isArray(t) ? t : [t];
}
function jt(t) {
  return t.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function dist_L(t) {
  return v(t).map((e) => e instanceof String ? e : String(e));
}
function p(t, e = 0) {
  if (t == null)
    return e;
  const n = parseInt(t, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t, e) {
  const n = [];
  for (let r = 0, s = t.length; r < s; r++)
    n.push(e, t[r]);
  return n;
}
function dist_F(t) {
  return (Array.isArray(t) ? Buffer.concat(t) : t).toString("utf-8");
}
function Le(t) {
  return t ? Buffer.isBuffer(t) ? t.length : Buffer.byteLength(t) : 0;
}
function je(t, e) {
  const n = {};
  return e.forEach((r) => {
    t[r] !== void 0 && (n[r] = t[r]);
  }), n;
}
function wt(t = 0) {
  return new Promise((e) => setTimeout(e, t));
}
function bt(t) {
  if (t !== !1)
    return t;
}
function d(t, e, n) {
  return e(t) ? t : arguments.length > 2 ? n : void 0;
}
const dist_K = (t) => Array.isArray(t);
function st(t, e) {
  const n = dist_r(t) ? "string" : typeof t;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
const m = (t) => typeof t == "string" || dist_r(t), Be = (t) => m(t) || Buffer.isBuffer(t), dist_G = (t) => m(t) || Array.isArray(t) && t.every(m);
function lt(t) {
  return !!t && ft(t) === "[object Object]";
}
function Ie(t) {
  return typeof t == "function";
}
const Bt = (t) => t == null || "number|boolean|function".includes(typeof t) ? !1 : typeof t.length == "number";
var dist_V = /* @__PURE__ */ ((t) => (t[t.SUCCESS = 0] = "SUCCESS", t[t.ERROR = 1] = "ERROR", t[t.NOT_FOUND = -2] = "NOT_FOUND", t[t.UNCLEAN = 128] = "UNCLEAN", t))(dist_V || {});
class dist_z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new dist_z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
}
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
class dist_l {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r, s) => (this.resetMatches(), this._regExp.every((o, i) => this.addMatch(o, i, r(i))) ? this.useMatches(s, this.prepareMatches()) !== !1 : !1), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r) {
    const s = r && e.exec(r);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
}
class dist_x extends dist_l {
  addMatch(e, n, r) {
    return /^remote:\s/.test(String(r)) && super.addMatch(e, n, r);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
}
const Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: !1
};
function Ge(...t) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t.filter((r) => typeof r == "object" && r)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === !0, n;
}
function It(t, e = []) {
  return lt(t) ? Object.keys(t).reduce((n, r) => {
    const s = t[r];
    if (dist_r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r + "=" + s);
    else if (Array.isArray(s))
      for (const o of s)
        st(o, ["string", "number"]) || n.push(r + "=" + o);
    else
      n.push(r);
    return n;
  }, e) : e;
}
function dist_h(t, e = 0, n = !1) {
  const r = [];
  for (let s = 0, o = e < 0 ? t.length : e; s < o; s++)
    "string|number".includes(typeof t[s]) && r.push(String(t[s]));
  return It(ht(t), r), n || r.push(...ze(t)), r;
}
function ze(t) {
  const e = typeof dist_N(t) == "function";
  return dist_L(d(dist_N(t, e ? 1 : 0), dist_K, []));
}
function ht(t) {
  const e = Ie(dist_N(t));
  return d(dist_N(t, e ? 1 : 0), lt);
}
function u(t, e = !0) {
  const n = Ne(dist_N(t));
  return e || $e(n) ? n : void 0;
}
function Tt(t, e) {
  return t(e.stdOut, e.stdErr);
}
function dist_E(t, e, n, r = !0) {
  return v(n).forEach((s) => {
    for (let o = dist_H(s, r), i = 0, a = o.length; i < a; i++) {
      const c = (y = 0) => {
        if (!(i + y >= a))
          return o[i + y];
      };
      e.some(({ parse: y }) => y(c, t));
    }
  }), t;
}
var qe = /* @__PURE__ */ ((t) => (t.BARE = "bare", t.IN_TREE = "tree", t.IS_REPO_ROOT = "root", t))(qe || {});
const mt = ({ exitCode: t }, e, n, r) => {
  if (t === dist_V.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r(e);
}, Ut = (t) => t.trim() === "true";
function We(t) {
  switch (t) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t));
}
class Xe {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
}
const Ye = /^[a-z]+\s*/i, Qe = /^[a-z]+\s+[a-z]+\s*/i, Je = /\/$/;
function Ze(t, e) {
  const n = new Xe(t), r = t ? Qe : Ye;
  return dist_H(e).forEach((s) => {
    const o = s.replace(r, "");
    n.paths.push(o), (Je.test(o) ? n.folders : n.files).push(o);
  }), n;
}
const Ft = [];
function tn(t) {
  return {
    commands: Ft,
    format: "empty",
    parser: t
  };
}
function dist_b(t) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t == "string" ? new xe(t) : t;
    }
  };
}
function g(t, e = !1) {
  return {
    commands: t,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t) {
  return {
    commands: t,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t) {
  return t.format === "buffer";
}
function kt(t) {
  return t.format === "empty" || !t.commands.length;
}
const nn = "Git clean interactive mode is not supported", rn = 'Git clean mode parameter ("n" or "f") is required', sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t) => (t.DRY_RUN = "n", t.FORCE = "f", t.IGNORED_INCLUDED = "x", t.IGNORED_ONLY = "X", t.EXCLUDING = "e", t.QUIET = "q", t.RECURSIVE = "d", t))(zt || {});
const qt = /* @__PURE__ */ new Set([
  "i",
  ...dist_L(Object.values(zt))
]);
function on(t, e) {
  const { cleanMode: n, options: r, valid: s } = cn(t);
  return n ? s.options ? (r.push(...e), r.some(hn) ? dist_b(nn) : an(n, r)) : dist_b(sn + JSON.stringify(t)) : dist_b(rn);
}
function an(t, e) {
  return {
    commands: ["clean", `-${t}`, ...e],
    format: "utf-8",
    parser(r) {
      return Ze(t === "n", r);
    }
  };
}
function un(t) {
  return Array.isArray(t) && t.every((e) => qt.has(e));
}
function cn(t) {
  let e, n = [], r = { cleanMode: !1, options: !0 };
  return t.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r.cleanMode = !0) : r.options = r.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r
  };
}
function fn(t) {
  return t === "f" || t === "n";
}
function ln(t) {
  return /^-[a-z]$/i.test(t) && qt.has(t.charAt(1));
}
function hn(t) {
  return /^-[^\-]/.test(t) ? t.indexOf("i") > 0 : t === "--interactive";
}
class mn {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = dist_N(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r) : s[n] = [s[n], r] : s[n] = r, this._all = void 0;
  }
}
function pn(t) {
  const e = new mn();
  for (const n of Wt(t))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t, e) {
  let n = null;
  const r = [], s = /* @__PURE__ */ new Map();
  for (const o of Wt(t, e))
    o.key === e && (r.push(n = o.value), s.has(o.file) || s.set(o.file, []), s.get(o.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r
  };
}
function gn(t) {
  return t.replace(/^(file):/, "");
}
function* Wt(t, e = null) {
  const n = t.split("\0");
  for (let r = 0, s = n.length - 1; r < s; ) {
    const o = gn(n[r++]);
    let i = n[r++], a = e;
    if (i.includes(`
`)) {
      const c = Pe(i, `
`);
      a = c[0], i = c[1];
    }
    yield { file: o, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t) => (t.system = "system", t.global = "global", t.local = "local", t.worktree = "worktree", t))(Ht || {});
function dist_Y(t, e) {
  return typeof t == "string" && Object.hasOwn(Ht, t) ? t : e;
}
function yn(t, e, n, r) {
  const s = ["config", `--${r}`];
  return n && s.push("--add"), s.push(t, e), {
    commands: s,
    format: "utf-8",
    parser(o) {
      return o;
    }
  };
}
function wn(t, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r) {
      return dn(r, t);
    }
  };
}
function bn(t) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t && e.push(`--${t}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t, e, ...n) {
      return this._runTask(
        yn(
          t,
          e,
          n[0] === !0,
          dist_Y(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t, e) {
      return this._runTask(
        wn(t, dist_Y(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t) {
      return this._runTask(
        bn(dist_Y(t[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t) => (t.ADDED = "A", t.COPIED = "C", t.DELETED = "D", t.MODIFIED = "M", t.RENAMED = "R", t.CHANGED = "T", t.UNMERGED = "U", t.UNKNOWN = "X", t.BROKEN = "B", t))(Kt || {});
const kn = new Set(Object.values(Kt));
function _n(t) {
  return kn.has(t);
}
var _t;
const vn = ["-h"], dist_j = /* @__PURE__ */ Symbol("grepQuery");
class En {
  constructor() {
    this[_t] = [];
  }
  *[(_t = dist_j, Symbol.iterator)]() {
    for (const e of this[dist_j])
      yield e;
  }
  and(...e) {
    return e.length && this[dist_j].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[dist_j].push(...U(e, "-e")), this;
  }
}
function Sn(...t) {
  return new En().param(...t);
}
function Rn(t) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t, (r) => {
    const [s, o, i] = r.split(dist_I);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t) {
      const e = u(arguments), n = dist_h(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            dist_b(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t == "string" && (t = Sn().param(t));
      const r = ["grep", "--null", "-n", "--full-name", ...n, ...t];
      return this._runTask(
        {
          commands: r,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t) => (t.MIXED = "mixed", t.SOFT = "soft", t.HARD = "hard", t.MERGE = "merge", t.KEEP = "keep", t))(Vt || {});
const Cn = dist_L(Object.values(Vt));
function An(t, e) {
  const n = ["reset"];
  return Xt(t) && n.push(`--${t}`), n.push(...e), g(n);
}
function xn(t) {
  if (Xt(t))
    return t;
  switch (typeof t) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t) {
  return typeof t == "string" && Cn.includes(t);
}
src.formatters.L = (t) => String(Bt(t) ? t.length : "-");
src.formatters.B = (t) => Buffer.isBuffer(t) ? t.toString("utf8") : ft(t);
function Nn() {
  return src("simple-git");
}
function vt(t, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r, ...s) => {
    t(r, ...s), n(r, ...s);
  } : t : (r, ...s) => {
    t(`%s ${r}`, e, ...s), n && n(r, ...s);
  };
}
function $n(t, e, { namespace: n }) {
  if (typeof t == "string")
    return t;
  const r = e && e.namespace || "";
  return r.startsWith(n) ? r.substr(n.length + 1) : r || n;
}
function dist_$(t, e, n, r = Nn()) {
  const s = t && `[${t}]` || "", o = [], i = typeof e == "string" ? r.extend(e) : e, a = $n(d(e, m), i, r);
  return y(n);
  function c(w, T) {
    return dist_S(
      o,
      dist_$(t, a.replace(/^[^:]+/, w), T, r)
    );
  }
  function y(w) {
    const T = w && `[${w}]` || "", k = i && vt(i, T) || dist_W, C = vt(r, `${s} ${T}`, k);
    return Object.assign(i ? k : C, {
      label: t,
      sibling: c,
      info: C,
      step: y
    });
  }
}
const dist_M = class M {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M.getName(e.commands[0]), r = dist_$(this.logLabel, n);
    return {
      task: e,
      logger: r,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r }] of Array.from(this._queue.entries()))
      n === e.task ? (r.info("Failed %o", e), r(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new dist_O(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M.counter}`;
  }
};
dist_M.counter = 0;
let ot = dist_M;
class Pn {
  constructor(e, n, r) {
    this._executor = e, this._scheduler = n, this._plugins = r, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r(), n();
    }
  }
  onFatalException(e, n) {
    const r = n instanceof dist_O ? Object.assign(n, { task: e }) : new dist_O(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r), r;
  }
  async attemptRemoteTask(e, n) {
    const r = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o = await this.gitResponse(
      e,
      r,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r, s) {
    const { exitCode: o, rejection: i, stdOut: a, stdErr: c } = r;
    return new Promise((y, w) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o);
      const { error: T } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r
        }
      );
      if (T && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r,
          T,
          (k) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k)), y(
              new dist_z(
                Array.isArray(k) ? Buffer.concat(k) : k,
                Buffer.concat(c)
              )
            );
          },
          w
        );
      if (T)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o,
          c.length,
          i
        ), w(T);
      s.info("retrieving task output complete"), y(new dist_z(Buffer.concat(a), Buffer.concat(c)));
    });
  }
  async gitResponse(e, n, r, s, o) {
    const i = o.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: !0
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c) => {
      const y = [], w = [];
      o.info("%s %o", n, r), o("%O", a);
      let T = this._beforeSpawn(e, r);
      if (T)
        return c({
          stdOut: y,
          stdErr: w,
          exitCode: 9901,
          rejection: T
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r),
        kill(C) {
          T = C || T;
        }
      });
      const k = (0,external_node_child_process_namespaceObject.spawn)(n, r, a);
      k.stdout.on(
        "data",
        Et(y, "stdOut", o, i.step("stdOut"))
      ), k.stderr.on(
        "data",
        Et(w, "stdErr", o, i.step("stdErr"))
      ), k.on("error", Mn(w, o)), s && (o("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k.stdout, k.stderr, [...r])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r),
        spawned: k,
        close(C, Te) {
          c({
            stdOut: y,
            stdErr: w,
            exitCode: C,
            rejection: T || Te
          });
        },
        kill(C) {
          k.killed || (T = C, k.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r = s || r;
      }
    }), r;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
}
function Mn(t, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t, e, n, r) {
  return (s) => {
    n("%s received %L bytes", e, s), r("%B", s), t.push(s);
  };
}
class Dn {
  constructor(e, n, r) {
    this.cwd = e, this._scheduler = n, this._plugins = r, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
}
function Ln(t, e, n = dist_W) {
  const r = (o) => {
    n(null, o);
  }, s = (o) => {
    o?.task === t && n(o, void 0);
  };
  e.then(r, s);
}
function St(t, e) {
  return tn((n) => {
    if (!Lt(t))
      throw new Error(`Git.cwd: cannot change to non-directory "${t}"`);
    return (e || n).cwd = t;
  });
}
function dist_Q(t) {
  const e = ["checkout", ...t];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        dist_Q(dist_h(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t, e) {
      return this._runTask(
        dist_Q(["-b", t, e, ...dist_h(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t) {
      return this._runTask(
        dist_Q(["-b", t, ...dist_h(arguments)]),
        u(arguments)
      );
    }
  };
}
const Yt = (t, e, n) => {
  const r = ["clone", ...n];
  return m(t) && r.push(dist_c(t)), m(e) && r.push(dist_c(e)), g(r);
}, Bn = (t, e, n) => (dist_S(n, "--mirror"), Yt(t, e, n));
function Rt(t, e, n, ...r) {
  return m(n) ? e(n, d(r[0], m), dist_h(arguments)) : dist_b(`git.${t}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t, m), ...e),
        u(arguments)
      );
    },
    mirror(t, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t, m), ...e),
        u(arguments)
      );
    }
  };
}
const Un = [
  new dist_l(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t, [e, n, r]) => {
    t.branch = e, t.commit = r, t.root = !!n;
  }),
  new dist_l(/\s*Author:\s(.+)/i, (t, [e]) => {
    const n = e.split("<"), r = n.pop();
    !r || !r.includes("@") || (t.author = {
      email: r.substr(0, r.length - 1),
      name: n.join("<").trim()
    });
  }),
  new dist_l(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0, t.summary.insertions = parseInt(n, 10) || 0, t.summary.deletions = parseInt(r, 10) || 0;
    }
  ),
  new dist_l(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r === "-" ? t.summary.deletions = s : r === "+" && (t.summary.insertions = s);
    }
  )
];
function Fn(t) {
  return dist_E({
    author: null,
    branch: "",
    commit: "",
    root: !1,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t);
}
function Gn(t, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r = u(arguments), s = t(e) || Gn(
        v(e),
        v(d(n[0], dist_G, [])),
        [
          ...dist_L(d(n[1], dist_K, [])),
          ...dist_h(arguments, 0, !0)
        ]
      );
      return this._runTask(s, r);
    }
  };
  function t(e) {
    return !dist_G(e) && dist_b(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
const Wn = new dist_l(
  /([a-z-]+): (\d+)$/,
  (t, [e, n]) => {
    const r = jt(e);
    Object.hasOwn(t, r) && (t[r] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t) {
          return dist_E(qn(), [Wn], t);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], !0),
        u(arguments)
      );
    }
  };
}
function Vn(t, e) {
  const n = ["hash-object", t];
  return e && n.push("-w"), g(n, !0);
}
class dist_J {
  constructor(e, n, r, s) {
    this.bare = e, this.path = n, this.existing = r, this.gitDir = s;
  }
}
const Xn = /^Init.+ repository in (.+)$/, Yn = /^Rein.+ in (.+)$/;
function Qn(t, e, n) {
  const r = String(n).trim();
  let s;
  if (s = Xn.exec(r))
    return new dist_J(t, e, !1, s[1]);
  if (s = Yn.exec(r))
    return new dist_J(t, e, !0, s[1]);
  let o = "";
  const i = r.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o = i.join(" ");
      break;
    }
  return new dist_J(t, e, /^re/i.test(r), o);
}
const Qt = "--bare";
function Jn(t) {
  return t.includes(Qt);
}
function Zn(t = !1, e, n) {
  const r = ["init", ...n];
  return t && !Jn(r) && r.splice(1, 0, Qt), {
    commands: r,
    format: "utf-8",
    parser(s) {
      return Qn(r.includes("--bare"), e, s);
    }
  };
}
function tr(t) {
  return t === void 0 ? dist_b("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r = n.indexOf(":");
          return [
            jt(n.substring(0, r).toLowerCase()),
            n.substring(r + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t
  };
}
function er() {
  return {
    interpretTrailers(t) {
      return this._runTask(
        tr(d(t, Be)),
        u(arguments)
      );
    }
  };
}
var dist_R = /* @__PURE__ */ ((t) => (t.NONE = "", t.STAT = "--stat", t.NUM_STAT = "--numstat", t.NAME_ONLY = "--name-only", t.NAME_STATUS = "--name-status", t))(dist_R || {});
const Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t) {
  for (let e = 0; e < t.length; e++) {
    const n = Jt.exec(t[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t) {
  return Jt.test(t);
}
class rr {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
}
const Ot = [
  new dist_l(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t, [e, n, r = ""]) => {
      t.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r.replace(/[^+]/g, "").length,
        deletions: r.replace(/[^-]/g, "").length,
        binary: !1
      });
    }
  ),
  new dist_l(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t, [e, n, r]) => {
      t.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r),
        binary: !0
      });
    }
  ),
  new dist_l(/^(.+)\s+\|\s+Bin\s*$/, (t, [e]) => {
    t.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: !0
    });
  }),
  new dist_l(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t, [e, n]) => {
      const r = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t.changed = p(e), t.insertions = p(r?.[1]), t.deletions = p(s?.[1]);
    }
  )
], sr = [
  new dist_l(
    /(\d+)\t(\d+)\t(.+)$/,
    (t, [e, n, r]) => {
      const s = p(e), o = p(n);
      t.changed++, t.insertions += s, t.deletions += o, t.files.push({
        file: r,
        changes: s + o,
        insertions: s,
        deletions: o,
        binary: !1
      });
    }
  ),
  new dist_l(/-\t-\t(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: !0
    });
  })
], or = [
  new dist_l(/(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: !1
    });
  })
], ir = [
  new dist_l(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t, [e, n, r, s, o]) => {
      t.changed++, t.files.push({
        file: o ?? r,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: !1,
        status: bt(_n(e) && e),
        from: bt(!!o && r !== o && r),
        similarity: p(n)
      });
    }
  )
], ar = {
  [dist_R.NONE]: Ot,
  [dist_R.STAT]: Ot,
  [dist_R.NUM_STAT]: sr,
  [dist_R.NAME_STATUS]: ir,
  [dist_R.NAME_ONLY]: or
};
function Zt(t = dist_R.NONE) {
  const e = ar[t];
  return (n) => dist_E(new rr(), e, n, !1);
}
const te = "òòòòòò ", dist_ee = " òò", dist_ne = " ò ", ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t, e) {
  return e.reduce(
    (n, r, s) => (n[r] = t[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t = dist_ne, e = ur, n = dist_R.NONE) {
  const r = Zt(n);
  return function(s) {
    const o = dist_H(
      s.trim(),
      !1,
      te
    ).map(function(i) {
      const a = i.split(dist_ee), c = cr(a[0].split(t), e);
      return a.length > 1 && a[1].trim() && (c.diff = r(a[1])), c;
    });
    return {
      all: o,
      latest: o.length && o[0] || null,
      total: o.length
    };
  };
}
function fr(t) {
  let e = pt(t);
  const n = ["diff"];
  return e === dist_R.NONE && (e = dist_R.STAT, n.push("--stat=4096")), n.push(...t), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t) {
  const e = t.filter(nr);
  if (e.length > 1)
    return dist_b(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t.includes("-z"))
    return dist_b(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t) => (t[t["--pretty"] = 0] = "--pretty", t[t["max-count"] = 1] = "max-count", t[t.maxCount = 2] = "maxCount", t[t.n = 3] = "n", t[t.file = 4] = "file", t[t.format = 5] = "format", t[t.from = 6] = "from", t[t.to = 7] = "to", t[t.splitter = 8] = "splitter", t[t.symmetric = 9] = "symmetric", t[t.mailMap = 10] = "mailMap", t[t.multiLine = 11] = "multiLine", t[t.strictDate = 12] = "strictDate", t))(se || {});
function lr(t, e) {
  const n = [], r = [];
  return Object.keys(t).forEach((s) => {
    n.push(s), r.push(String(t[s]));
  }), [n, r.join(e)];
}
function hr(t) {
  return Object.keys(t).reduce((e, n) => (n in se || (e[n] = t[n]), e), {});
}
function dist_oe(t = {}, e = []) {
  const n = d(t.splitter, m, dist_ne), r = lt(t.format) ? t.format : {
    hash: "%H",
    date: t.strictDate === !1 ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t.multiLine ? "%B" : "%b",
    author_name: t.mailMap !== !1 ? "%aN" : "%an",
    author_email: t.mailMap !== !1 ? "%aE" : "%ae"
  }, [s, o] = lr(r, n), i = [], a = [
    `--pretty=format:${te}${o}${dist_ee}`,
    ...e
  ], c = t.n || t["max-count"] || t.maxCount;
  if (c && a.push(`--max-count=${c}`), t.from || t.to) {
    const y = t.symmetric !== !1 ? "..." : "..";
    i.push(`${t.from || ""}${y}${t.to || ""}`);
  }
  return m(t.file) && a.push("--follow", dist_c(t.file)), It(hr(t), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t, e, n) {
  const r = re(t, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r
  };
}
function pr() {
  return {
    log(...n) {
      const r = u(arguments), s = dist_oe(
        ht(arguments),
        dist_L(d(arguments[0], dist_K, []))
      ), o = e(...n) || dt(s.commands) || t(s);
      return this._runTask(o, r);
    }
  };
  function t(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r) {
    return m(n) && m(r) && dist_b(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
class dist_Z {
  constructor(e, n = null, r) {
    this.reason = e, this.file = n, this.meta = r;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
}
class dr {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
}
class ie {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
}
class gr {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
}
function tt(t) {
  return t.objects = t.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t) {
  const e = /^\s*(\d+)/.exec(t), n = /delta (\d+)/i.exec(t);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
const yr = [
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t, [e, n, r]) => {
      const s = tt(t.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r);
    }
  )
], wr = [
  new dist_x(/^remote:\s*(.+)$/, (t, [e]) => (t.remoteMessages.all.push(e.trim()), !1)),
  ...yr,
  new dist_x(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t, [e]) => {
      t.remoteMessages.pullRequestUrl = e;
    }
  ),
  new dist_x(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t, [e, n, r]) => {
      t.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r
      };
    }
  )
];
function ae(t, e) {
  return dist_E({ remoteMessages: new br() }, wr, e);
}
class br {
  constructor() {
    this.all = [];
  }
}
const Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/, kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/, _r = /^(create|delete) mode \d+ (.+)/, vr = [
  new dist_l(Tr, (t, [e, n, r]) => {
    t.files.push(e), n && (t.insertions[e] = n.length), r && (t.deletions[e] = r.length);
  }),
  new dist_l(kr, (t, [e, , n, , r]) => n !== void 0 || r !== void 0 ? (t.summary.changes = +e || 0, t.summary.insertions = +n || 0, t.summary.deletions = +r || 0, !0) : !1),
  new dist_l(_r, (t, [e, n]) => {
    dist_S(t.files, n), dist_S(e === "create" ? t.created : t.deleted, n);
  })
], Er = [
  new dist_l(/^from\s(.+)$/i, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/^fatal:\s(.+)$/, (t, [e]) => {
    t.message = e;
  }),
  new dist_l(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t, [e, n, r, s]) => {
      t.branch.local = r, t.hash.local = e, t.branch.remote = s, t.hash.remote = n;
    }
  )
], Sr = (t, e) => dist_E(new ie(), vr, [t, e]), ue = (t, e) => Object.assign(
  new ie(),
  Sr(t, e),
  ae(t, e)
);
function Rr(t, e) {
  const n = dist_E(new gr(), Er, [t, e]);
  return n.message && n;
}
const Or = [
  new dist_l(/^Auto-merging\s+(.+)$/, (t, [e]) => {
    t.merges.push(e);
  }),
  new dist_l(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t, [e, n]) => {
    t.conflicts.push(new dist_Z(e, n));
  }),
  new dist_l(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t, [e, n, r]) => {
      t.conflicts.push(new dist_Z(e, n, { deleteRef: r }));
    }
  ),
  new dist_l(/^CONFLICT\s+\((.+)\):/, (t, [e]) => {
    t.conflicts.push(new dist_Z(e, null));
  }),
  new dist_l(/^Automatic merge failed;\s+(.+)$/, (t, [e]) => {
    t.result = e;
  })
], Cr = (t, e) => Object.assign(Ar(t), ue(t, e)), Ar = (t) => dist_E(new dr(), Or, t);
function At(t) {
  return t.length ? {
    commands: ["merge", ...t],
    format: "utf-8",
    parser(e, n) {
      const r = Cr(e, n);
      if (r.failed)
        throw new at(r);
      return r;
    }
  } : dist_b("Git.merge requires at least one option");
}
function xr(t, e, n) {
  const r = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t), o = !n.includes("new");
  return {
    deleted: r,
    tag: s,
    branch: !s,
    new: !o,
    alreadyUpdated: o,
    local: t,
    remote: e
  };
}
const Nr = [
  new dist_l(/^Pushing to (.+)$/, (t, [e]) => {
    t.repo = e;
  }),
  new dist_l(/^updating local tracking ref '(.+)'/, (t, [e]) => {
    t.ref = {
      ...t.ref || {},
      local: e
    };
  }),
  new dist_l(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t, [e, n, r]) => {
    t.pushed.push(xr(e, n, r));
  }),
  new dist_l(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t, [e, n, r]) => {
      t.branch = {
        ...t.branch || {},
        local: e,
        remote: n,
        remoteName: r
      };
    }
  ),
  new dist_l(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t, [e, n, r, s]) => {
      t.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r,
          to: s
        }
      };
    }
  )
], $r = (t, e) => {
  const n = Pr(t, e), r = ae(t, e);
  return {
    ...n,
    ...r
  };
}, Pr = (t, e) => dist_E({ pushed: [] }, Nr, [t, e]);
function Mr(t = {}, e) {
  return dist_S(e, "--tags"), ce(t, e);
}
function ce(t = {}, e) {
  const n = ["push", ...e];
  return t.branch && n.splice(1, 0, t.branch), t.remote && n.splice(1, 0, t.remote), ct(n, "-v"), dist_S(n, "--verbose"), dist_S(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t = ["show", ...dist_h(arguments, 1)];
      return t.includes("--binary") || t.splice(1, 0, "--binary"), this._runTask(
        Gt(t),
        u(arguments)
      );
    },
    show() {
      const t = ["show", ...dist_h(arguments, 1)];
      return this._runTask(
        g(t),
        u(arguments)
      );
    }
  };
}
const Lr = /^(.+)\0(.+)$/;
class jr {
  constructor(e, n, r) {
    if (this.path = e, this.index = n, this.working_dir = r, n === "R" || r === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
}
class Br {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = !1, this.isClean = () => !this.files.length;
  }
}
function xt(t) {
  const [e, n] = t.split(dist_I);
  return {
    from: n || e,
    to: e
  };
}
function dist_(t, e, n) {
  return [`${t}${e}`, n];
}
function et(t, ...e) {
  return e.map((n) => dist_(t, n, (r, s) => r.conflicted.push(s)));
}
const Ir = new Map([
  dist_(
    " ",
    "A",
    (t, e) => t.created.push(e)
  ),
  dist_(
    " ",
    "D",
    (t, e) => t.deleted.push(e)
  ),
  dist_(
    " ",
    "M",
    (t, e) => t.modified.push(e)
  ),
  dist_("A", " ", (t, e) => {
    t.created.push(e), t.staged.push(e);
  }),
  dist_("A", "M", (t, e) => {
    t.created.push(e), t.staged.push(e), t.modified.push(e);
  }),
  dist_("D", " ", (t, e) => {
    t.deleted.push(e), t.staged.push(e);
  }),
  dist_("M", " ", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("M", "M", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("R", " ", (t, e) => {
    t.renamed.push(xt(e));
  }),
  dist_("R", "M", (t, e) => {
    const n = xt(e);
    t.renamed.push(n), t.modified.push(n.to);
  }),
  dist_("!", "!", (t, e) => {
    (t.ignored = t.ignored || []).push(e);
  }),
  dist_(
    "?",
    "?",
    (t, e) => t.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t, e) => {
      const n = /ahead (\d+)/, r = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t.ahead = a && +a[1] || 0, a = r.exec(e), t.behind = a && +a[1] || 0, a = s.exec(e), t.current = d(a?.[1], m, null), a = o.exec(e), t.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t.current = d(a?.[1], m, t.current)), t.detached = /\(no branch\)/.test(e);
    }
  ]
]), Ur = function(t) {
  const e = t.split(dist_I), n = new Br();
  for (let r = 0, s = e.length; r < s; ) {
    let o = e[r++].trim();
    o && (o.charAt(0) === "R" && (o += dist_I + (e[r++] || "")), Fr(n, o));
  }
  return n;
};
function Fr(t, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r(s, o, i) {
    const a = `${s}${o}`, c = Ir.get(a);
    c && c(t, i), a !== "##" && a !== "!!" && t.files.push(new jr(i, s, o));
  }
}
const Gr = ["--null", "-z"];
function zr(t) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
const fe = "installed=false";
function dist_q(t = 0, e = 0, n = 0, r = "", s = !0) {
  return Object.defineProperty(
    {
      major: t,
      minor: e,
      patch: n,
      agent: r,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: !1,
      enumerable: !1
    }
  );
}
function qr() {
  return dist_q(0, 0, 0, "", !1);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t, e, n, r) {
          if (t.exitCode === dist_V.NOT_FOUND)
            return n(Buffer.from(fe));
          r(e);
        }
      });
    }
  };
}
const Hr = [
  new dist_l(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(
        t,
        dist_q(p(e), p(n), p(r), s)
      );
    }
  ),
  new dist_l(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(t, dist_q(p(e), p(n), r, s));
    }
  )
];
function Kr(t) {
  return t === fe ? qr() : dist_E(dist_q(0, 0, 0, t), Hr, t);
}
class le {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r = this._executor.chain(), s = r.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      dist_b("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === !0),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === !0, this._executor.cwd, dist_h(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(dist_h(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...dist_h(arguments)]),
      u(arguments, !1)
    ) : this._runTask(
      dist_b(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      dist_h(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...dist_h(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(dist_h(arguments)),
      u(arguments)
    );
  }
}
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
const Vr = /* @__PURE__ */ (() => {
  let t = 0;
  return () => {
    t++;
    const { promise: e, done: n } = (0,promise_deferred_dist/* createDeferred */.ud)();
    return {
      promise: e,
      done: n,
      id: t
    };
  };
})();
class Xr {
  constructor(e = 2) {
    this.concurrency = e, this.logger = dist_$("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = dist_S(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = dist_S(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
}
function Yr(t, e) {
  return g(["apply", ...e, ...t]);
}
var he = /* @__PURE__ */ ((t) => (t.CURRENT = "*", t.LINKED = "+", t))(he || {});
class Qr {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = !1;
  }
  push(e, n, r, s, o) {
    e === "*" && (this.detached = n, this.current = r), this.all.push(r), this.branches[r] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r,
      commit: s,
      label: o
    };
  }
}
const Jr = [
  new dist_l(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !0, n, r, s);
    }
  ),
  new dist_l(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !1, n, r, s);
    }
  )
], Zr = new dist_l(/^(\S+)$/s, (t, [e]) => {
  t.push(he.CURRENT, !1, e, "", "");
});
function Nt(t) {
  return t ? t.charAt(0) : "";
}
function me(t, e = !1) {
  return dist_E(
    new Qr(),
    e ? [Zr] : Jr,
    t
  );
}
class ts {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
}
function es(t, e) {
  return {
    branch: t,
    hash: e,
    success: !0
  };
}
function ns(t) {
  return {
    branch: t,
    hash: null,
    success: !1
  };
}
const rs = /(\S+)\s+\(\S+\s([^)]+)\)/, pe = /^error[^']+'([^']+)'/m, ss = [
  new dist_l(rs, (t, [e, n]) => {
    const r = es(e, n);
    t.all.push(r), t.branches[e] = r;
  }),
  new dist_l(pe, (t, [e]) => {
    const n = ns(e);
    t.errors.push(n), t.all.push(n), t.branches[e] = n;
  })
], gt = (t, e) => dist_E(new ts(), ss, [t, e]);
function de(t, e) {
  return e === dist_V.ERROR && pe.test(t);
}
function os(t) {
  const e = ["-d", "-D", "--delete"];
  return t.some((n) => e.includes(n));
}
function is(t) {
  const e = os(t), n = t.includes("--show-current"), r = ["branch", ...t];
  return r.length === 1 && r.push("-a"), r.includes("-v") || r.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r,
    parser(s, o) {
      return e ? gt(s, o).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t) {
      return me(t);
    }
  };
}
function us(t, e = !1) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t],
    parser(n, r) {
      return gt(n, r);
    },
    onError({ exitCode: n, stdOut: r }, s, o, i) {
      if (!de(String(s), n))
        return i(s);
      o(r);
    }
  };
}
function cs(t, e = !1) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t],
    parser(r, s) {
      return gt(r, s).branches[t];
    },
    onError({ exitCode: r, stdErr: s, stdOut: o }, i, a, c) {
      if (!de(String(i), r))
        return c(i);
      throw new at(
        n.parser(dist_F(o), dist_F(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t) {
  return {
    commands: ["check-ignore", ...t],
    format: "utf-8",
    parser: ls
  };
}
function ls(t) {
  return t.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t) {
  const e = t.trim().replace(/^["']|["']$/g, "");
  return e && (0,external_node_path_namespaceObject.normalize)(e);
}
const ms = [
  new dist_l(/From (.+)$/, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.branches.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.tags.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/- \[deleted]\s+\S+\s*-> (.+)$/, (t, [e]) => {
    t.deleted.push({
      tracking: e
    });
  }),
  new dist_l(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t, [e, n, r, s]) => {
      t.updated.push({
        name: r,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t, e) {
  return dist_E({
    raw: t,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t, e]);
}
function ds(t) {
  return /^--upload-pack(=|$)/.test(t);
}
function gs(t, e, n) {
  const r = ["fetch", ...n];
  return t && e && r.push(t, e), r.find(ds) ? dist_b("git.fetch: potential exploit argument blocked.") : {
    commands: r,
    format: "utf-8",
    parser: ps
  };
}
const ys = [
  new dist_l(/^Renaming (.+) to (.+)$/, (t, [e, n]) => {
    t.moves.push({ from: e, to: n });
  })
];
function ws(t) {
  return dist_E({ moves: [] }, ys, t);
}
function bs(t, e) {
  return {
    commands: ["mv", "-v", ...v(t), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t, e, n) {
  const r = ["pull", ...n];
  return t && e && r.splice(1, 0, t, e), {
    commands: r,
    format: "utf-8",
    parser(s, o) {
      return ue(s, o);
    },
    onError(s, o, i, a) {
      const c = Rr(
        dist_F(s.stdOut),
        dist_F(s.stdErr)
      );
      if (c)
        return a(new at(c));
      a(o);
    }
  };
}
function ks(t) {
  const e = {};
  return ge(t, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t) {
  const e = {};
  return ge(t, ([n, r, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r && (e[n].refs[s.replace(/[^a-z]/g, "")] = r);
  }), Object.values(e);
}
function ge(t, e) {
  ut(t, (n) => e(n.split(/\s+/)));
}
function vs(t, e, n) {
  return g(["remote", "add", ...n, t, e]);
}
function Es(t) {
  const e = ["remote"];
  return t && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t ? _s : ks
  };
}
function Ss(t) {
  const e = [...t];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t) {
  const e = [...t];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t) {
  return g(["remote", "remove", t]);
}
function Cs(t = {}, e) {
  const n = dist_oe(t), r = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r)
  );
  return dt(r) || {
    commands: r,
    format: "utf-8",
    parser: s
  };
}
function As(t, e) {
  return dist_X(["add", t, e]);
}
function xs(t) {
  return dist_X(["init", ...t]);
}
function dist_X(t) {
  const e = [...t];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t) {
  return dist_X(["update", ...t]);
}
class $s {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
}
const Ps = function(t, e = !1) {
  const n = t.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o) {
    const i = s.split("."), a = o.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(dist_B(i[0]), dist_B(a[0]));
    for (let c = 0, y = Math.max(i.length, a.length); c < y; c++) {
      const w = ye(dist_B(i[c]), dist_B(a[c]));
      if (w)
        return w;
    }
    return 0;
  });
  const r = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r);
};
function Ms(t, e) {
  const n = Number.isNaN(t), r = Number.isNaN(e);
  return n !== r ? n ? 1 : -1 : n ? ye(t, e) : 0;
}
function ye(t, e) {
  return t === e ? 0 : t > e ? 1 : -1;
}
function Ds(t) {
  return t.trim();
}
function dist_B(t) {
  return typeof t == "string" && parseInt(t.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t = []) {
  const e = t.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t) {
  return {
    format: "utf-8",
    commands: ["tag", t],
    parser() {
      return { name: t };
    }
  };
}
function Bs(t, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t],
    parser() {
      return { name: t };
    }
  };
}
function dist_f(t, e) {
  this._plugins = e, this._executor = new Dn(
    t.baseDir,
    new Xr(t.maxConcurrentProcesses),
    e
  ), this._trimmed = t.trimmed;
}
(dist_f.prototype = Object.create(le.prototype)).constructor = dist_f;
dist_f.prototype.customBinary = function(t) {
  return this._plugins.reconfigure("binary", t), this;
};
dist_f.prototype.env = function(t, e) {
  return arguments.length === 1 && typeof t == "object" ? this._executor.env = t : (this._executor.env = this._executor.env || {})[t] = e, this;
};
dist_f.prototype.stashList = function(t) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      dist_K(t) && t || []
    ),
    u(arguments)
  );
};
dist_f.prototype.mv = function(t, e) {
  return this._runTask(bs(t, e), u(arguments));
};
dist_f.prototype.checkoutLatestTag = function(t) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r) {
      e.checkout(r.latest, t);
    });
  });
};
dist_f.prototype.pull = function(t, e, n, r) {
  return this._runTask(
    Ts(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.fetch = function(t, e) {
  return this._runTask(
    gs(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.tags = function(t, e) {
  return this._runTask(
    Ls(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...dist_h(arguments)]),
    u(arguments)
  );
};
dist_f.prototype.reset = function(t) {
  return this._runTask(
    An(xn(t), dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.revert = function(t) {
  const e = u(arguments);
  return typeof t != "string" ? this._runTask(dist_b("Commit must be a string"), e) : this._runTask(
    g(["revert", ...dist_h(arguments, 0, !0), t]),
    e
  );
};
dist_f.prototype.addTag = function(t) {
  const e = typeof t == "string" ? js(t) : dist_b("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
dist_f.prototype.addAnnotatedTag = function(t, e) {
  return this._runTask(
    Bs(t, e),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranch = function(t, e, n) {
  return this._runTask(
    cs(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranches = function(t, e, n) {
  return this._runTask(
    us(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.branch = function(t, e) {
  return this._runTask(
    is(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.branchLocal = function(t) {
  return this._runTask(as(), u(arguments));
};
dist_f.prototype.raw = function(t) {
  const e = !Array.isArray(t), n = [].slice.call(e ? arguments : t, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...dist_h(arguments, 0, !0));
  var r = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r) : this._runTask(
    dist_b("Raw: must supply one or more command to execute"),
    r
  );
};
dist_f.prototype.submoduleAdd = function(t, e, n) {
  return this._runTask(As(t, e), u(arguments));
};
dist_f.prototype.submoduleUpdate = function(t, e) {
  return this._runTask(
    Ns(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.submoduleInit = function(t, e) {
  return this._runTask(
    xs(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.subModule = function(t, e) {
  return this._runTask(
    dist_X(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.listRemote = function() {
  return this._runTask(
    Ss(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.addRemote = function(t, e, n) {
  return this._runTask(
    vs(t, e, dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.removeRemote = function(t, e) {
  return this._runTask(Os(t), u(arguments));
};
dist_f.prototype.getRemotes = function(t, e) {
  return this._runTask(Es(t === !0), u(arguments));
};
dist_f.prototype.remote = function(t, e) {
  return this._runTask(
    Rs(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.tag = function(t, e) {
  const n = dist_h(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
dist_f.prototype.updateServerInfo = function(t) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
dist_f.prototype.pushTags = function(t, e) {
  const n = Mr(
    { remote: d(t, m) },
    dist_h(arguments)
  );
  return this._runTask(n, u(arguments));
};
dist_f.prototype.rm = function(t) {
  return this._runTask(
    g(["rm", "-f", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.rmKeepLocal = function(t) {
  return this._runTask(
    g(["rm", "--cached", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.catFile = function(t, e) {
  return this._catFile("utf-8", arguments);
};
dist_f.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
dist_f.prototype._catFile = function(t, e) {
  var n = u(e), r = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      dist_b("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r.push.apply(r, s);
  const o = t === "buffer" ? Gt(r) : g(r);
  return this._runTask(o, n);
};
dist_f.prototype.diff = function(t, e) {
  const n = m(t) ? dist_b(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...dist_h(arguments)]);
  return this._runTask(n, u(arguments));
};
dist_f.prototype.diffSummary = function() {
  return this._runTask(
    fr(dist_h(arguments, 1)),
    u(arguments)
  );
};
dist_f.prototype.applyPatch = function(t) {
  const e = dist_G(t) ? Yr(v(t), dist_h([].slice.call(arguments, 1))) : dist_b(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
dist_f.prototype.revparse = function() {
  const t = ["rev-parse", ...dist_h(arguments, !0)];
  return this._runTask(
    g(t, !0),
    u(arguments)
  );
};
dist_f.prototype.clean = function(t, e, n) {
  const r = un(t), s = r && t.join("") || d(t, m) || "", o = dist_h([].slice.call(arguments, r ? 1 : 0));
  return this._runTask(
    on(s, o),
    u(arguments)
  );
};
dist_f.prototype.exec = function(t) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t == "function" && t();
    }
  };
  return this._runTask(e);
};
dist_f.prototype.checkIgnore = function(t, e) {
  return this._runTask(
    fs(v(d(t, dist_G, []))),
    u(arguments)
  );
};
dist_f.prototype.checkIsRepo = function(t, e) {
  return this._runTask(
    We(d(t, m)),
    u(arguments)
  );
};
function Is(t) {
  return t ? [{
    type: "spawn.before",
    action(r, s) {
      t.aborted && s.kill(new dist_A(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r, s) {
      function o() {
        s.kill(new dist_A(void 0, "abort", "Abort signal received"));
      }
      t.addEventListener("abort", o), s.spawned.on("close", () => t.removeEventListener("abort", o));
    }
  }] : void 0;
}
const Us = dist_$("", "plugin:allowEnvironment");
function Fs(t, e = !1) {
  const n = new Set(t.map((r) => r.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r, s) {
      const o = { ...r.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o)) {
        const c = a.toLowerCase().trim();
        if (!(!Gs(c) || n.has(c))) {
          if (i.has(c))
            throw new dist_A(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o[a];
        }
      }
      return {
        ...r,
        env: {
          ...o,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t) {
  const e = t.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r of oe(e, n))
        if (t[r.category] !== !0)
          throw new dist_A(void 0, "unsafe", r.message);
      return e;
    }
  };
}
function qs(t) {
  const e = U(t, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
const $t = (0,promise_deferred_dist/* deferred */.yX)().promise;
function Ws({
  onClose: t = !0,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o = {
      close: (0,promise_deferred_dist/* deferred */.yX)(),
      closeTimeout: (0,promise_deferred_dist/* deferred */.yX)(),
      exit: (0,promise_deferred_dist/* deferred */.yX)(),
      exitTimeout: (0,promise_deferred_dist/* deferred */.yX)()
    }, i = Promise.race([
      t === !1 ? $t : o.closeTimeout.promise,
      e === !1 ? $t : o.exitTimeout.promise
    ]);
    return r(t, o.close, o.closeTimeout), r(e, o.exit, o.exitTimeout), {
      close(a) {
        s = a, o.close.done();
      },
      exit(a) {
        s = a, o.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r(s, o, i) {
    s !== !1 && (s === !0 ? o.promise : o.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o, close: i }) {
      const a = n();
      let c = !0, y = () => {
        c = !1;
      };
      o.stdout?.on("data", y), o.stderr?.on("data", y), o.on("error", y), o.on("close", (w) => a.close(w)), o.on("exit", (w) => a.exit(w));
      try {
        await a.result, c && await wt(50), i(a.exitCode);
      } catch (w) {
        i(a.exitCode, w);
      }
    }
  };
}
const we = dist_$("", "plugin:binary"), Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings", Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t) {
  return !t || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t);
}
function Pt(t, e) {
  if (t.length < 1 || t.length > 2)
    throw new dist_A(void 0, "binary", Hs);
  if (t.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t);
    else
      throw new dist_A(void 0, "binary", Ks);
  const [r, s] = t;
  return {
    binary: r,
    prefix: s
  };
}
function Xs(t, e = ["git"], n = !1) {
  let r = Pt(v(e), n);
  t.on("binary", (s) => {
    r = Pt(v(s), n), we.info("reconfiguring %o", r);
  }), t.append("spawn.binary", () => r.binary), t.append("spawn.args", (s) => r.prefix ? [r.prefix, ...s] : s);
}
const be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t) {
  if (!t)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
class Qs extends dist_O {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
}
function Js(t) {
  return !!(t.exitCode && t.stdErr.length);
}
function Zs(t) {
  return Buffer.concat([...t.stdOut, ...t.stdErr]);
}
function to(t = !1, e = Js, n = Zs) {
  return (r, s) => !t && r || !e(s) ? r : n(s);
}
function eo(t, e) {
  return t === 128 && e.startsWith("fatal:") ? new Qs(e) : new dist_O(void 0, e);
}
function Mt(t) {
  return {
    type: "task.error",
    action(e, n) {
      const r = t(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r) ? {
        error: eo(n.exitCode, r.toString("utf-8"))
      } : {
        error: r
      };
    }
  };
}
const nt = dist_$("", "plugin:input");
function no(t) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o = t?.([...n]) ?? r;
      if (!o)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o);
    }
  };
}
class ro {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new external_node_events_namespaceObject.EventEmitter();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r = dist_S(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r) => {
        r && this.plugins.add(dist_S(n, r));
      }
    ), () => {
      n.forEach((r) => {
        this.plugins.delete(r);
      });
    };
  }
  exec(e, n, r) {
    let s = n;
    const o = Object.freeze(Object.create(r));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o));
    return s;
  }
}
function so(t) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o, i) {
      return n.includes(i.method) ? De(o, e) : o;
    }
  }, {
    type: "spawn.after",
    action(o, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c && t({
          method: i.method,
          stage: oo(c[1]),
          progress: p(c[2]),
          processed: p(c[3]),
          total: p(c[4])
        });
      });
    }
  }];
}
function oo(t) {
  return String(t.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t) {
  const e = je(t, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t) {
      const e = [];
      let n;
      function r(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t.length; s++) {
        const o = t[s];
        if (dist_r(o)) {
          r(dist_o(o));
          continue;
        }
        if (o === "--") {
          r(
            t.slice(s + 1).flatMap((i) => dist_r(i) && dist_o(i) || i)
          );
          break;
        }
        e.push(o);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t,
  stdErr: e = !0,
  stdOut: n = !0
}) {
  if (t > 0)
    return {
      type: "spawn.after",
      action(r, s) {
        let o;
        function i() {
          o && clearTimeout(o), o = setTimeout(c, t);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o && clearTimeout(o);
        }
        function c() {
          a(), s.kill(new dist_A(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
const wo = (t, e) => {
  const n = new ro(), r = Ge(
    t && (typeof t == "string" ? { baseDir: t } : t) || {},
    e
  );
  if (!Lt(r.baseDir))
    throw new Ae(
      r,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r.config) && n.add(qs(r.config)), n.add(zs(r.unsafe)), n.add(Ws(r.completion)), r.abort && n.add(Is(r.abort)), r.progress && n.add(so(r.progress)), r.timeout && n.add(uo(r.timeout)), r.spawnOptions && n.add(io(r.spawnOptions)), n.add(ao()), n.add(no(r.input)), n.add(Mt(to(!0))), r.errors && n.add(Mt(r.errors)), Xs(n, r.binary, r.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r.allowEnvironment ?? [], r.unsafe?.allowAbbreviatedOptions)
  ), new dist_f(r, n);
};

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: ./src/redact.ts
// Git, the GitHub API and HTTP errors may echo credentials (a token inside a remote URL, an auth header,
// the signature of a pre-signed download URL, which lets anyone download until it expires); every text
// that can reach a log, an error, an output or the report goes through here first.
const known = new Set();
/** Registers a secret (e.g. the GitHub token) so that it is cut from every message. */
function addSecret(secret) {
    if (secret.length >= 4)
        known.add(secret);
}
function redact(text) {
    let out = text
        .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@')
        .replace(/(\bhttps?:\/\/[^\s?#'"]+)\?[^\s#'"]+/gi, '$1?***')
        .replace(/(authorization:\s*(basic|bearer|token)\s+)[^\s'"]+/gi, '$1***')
        .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***');
    for (const secret of known)
        out = out.split(secret).join('***');
    return out;
}

;// CONCATENATED MODULE: ./src/git/git.ts
// The only door to git: a small interface over simple-git holding just the commands a snapshot needs.
// Every command runs with GIT_TERMINAL_PROMPT=0 (a missing credential fails instead of hanging the
// job), literal pathspecs, and `-c safe.directory=<workspace>` (a checkout owned by another user, as
// in container jobs; command-line config counts as protected configuration, so git honours it).



// `rm --pathspec-from-file` arrived in git 2.26 (checkout's in 2.25, --end-of-options in 2.24).
const MINIMUM_GIT_VERSION = [2, 26];
/** Why a push failed, so callers can retry a race and explain the rest. */
class PushError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'PushError';
    }
}
/** Checks that git is installed and recent enough, then opens the repository at `workspace`. */
async function createGit(workspace) {
    const root = await (0,promises_namespaceObject.realpath)(workspace).catch(() => {
        throw new Error(`The workspace '${workspace}' does not exist. Check out the repository first (actions/checkout).`);
    });
    // Literal pathspecs: an output-dir named like a glob ('flows[1]', '*') must mean only itself.
    const env = { ...withoutGuardedVariables(process.env), GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1' };
    const open = (input) => wo({
        baseDir: root,
        config: [`safe.directory=${root}`],
        allowEnvironment: ['GIT_TERMINAL_PROMPT', 'GIT_LITERAL_PATHSPECS'],
        ...(input === undefined ? {} : { input: () => input }),
    }).env(env);
    const git = open();
    const version = await git.raw(['--version']).catch((error) => {
        throw new Error(`git could not be run (${redact(error.message)}). Install git 2.26 or newer on the runner.`);
    });
    checkVersion(version);
    const inside = await git.raw(['rev-parse', '--is-inside-work-tree']).catch(() => '');
    if (inside.trim() !== 'true') {
        throw new Error(`'${root}' is not a git working tree. Check out the repository with actions/checkout before this step.`);
    }
    return new SimpleGitRepository(open, root);
}
function checkVersion(output) {
    const match = /git version (\d+)\.(\d+)/.exec(output);
    const [major, minor] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
    const [needMajor, needMinor] = MINIMUM_GIT_VERSION;
    if (major < needMajor || (major === needMajor && minor < needMinor)) {
        throw new Error(`git ${match ? `${major}.${minor}` : 'of unknown version'} is too old; this Action needs git ${needMajor}.${needMinor} or newer.`);
    }
}
// simple-git v4 refuses an explicit environment holding GIT_* (or editor/pager) variables unless
// they are allowed by name; none of them is ours to pass on, so they are left out.
const GUARDED = new Set(['editor', 'visual', 'pager', 'prefix', 'ssh_askpass']);
function withoutGuardedVariables(env) {
    const kept = {};
    for (const [key, value] of Object.entries(env)) {
        const lower = key.toLowerCase();
        if (value === undefined || lower.startsWith('git_') || GUARDED.has(lower))
            continue;
        kept[key] = value;
    }
    return kept;
}
class SimpleGitRepository {
    open;
    workspace;
    constructor(open, workspace) {
        this.open = open;
        this.workspace = workspace;
    }
    async stage(path) {
        await this.run(['add', '--all', '--', path]);
    }
    async stagedChanges(path) {
        return parseNameStatus(await this.run(['diff', '--cached', '--name-status', '-z', '-M', '--', path]));
    }
    async diff(from, to, path, renames = true) {
        const detect = renames ? '-M' : '--no-renames';
        return parseNameStatus(await this.run(['diff', '--name-status', '-z', detect, from, to, '--', path]));
    }
    async commit(message, identity) {
        const who = `${identity.name} <${identity.email}>`;
        await this.run([
            '-c', `user.name=${identity.name}`,
            '-c', `user.email=${identity.email}`,
            // A signing setup on the runner must not make the bot's commit fail or prompt.
            '-c', 'commit.gpgsign=false',
            'commit', '--quiet', '--no-edit', `--author=${who}`, '--file=-',
        ], message);
        return (await this.resolve('HEAD'));
    }
    async resolve(revision) {
        const out = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', revision], undefined, true);
        return out.ok && out.text.trim() !== '' ? out.text.trim() : null;
    }
    async currentBranch() {
        const out = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], undefined, true);
        return out.ok && out.text.trim() !== '' ? out.text.trim() : null;
    }
    async show(revision, path) {
        const out = await this.run(['show', `${revision}:${path}`], undefined, true);
        return out.ok ? out.text : null;
    }
    async fetchBranch(branch, options = {}) {
        const depth = options.depth === undefined ? [] : [`--depth=${options.depth}`];
        const out = await this.run(['fetch', '--quiet', '--no-tags', ...depth, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], undefined, true);
        if (!out.ok) {
            if (/couldn't find remote ref/i.test(out.text))
                return null;
            throw new Error(`git fetch of '${branch}' from origin failed: ${out.text.trim()}`);
        }
        return this.resolve(`refs/remotes/origin/${branch}`);
    }
    async push(branch, options = {}) {
        const flags = [...(options.force ? ['--force'] : []), ...(options.dryRun ? ['--dry-run'] : [])];
        const out = await this.run(['push', '--porcelain', ...flags, 'origin', `HEAD:refs/heads/${branch}`], undefined, true);
        if (!out.ok)
            throw classifyPushFailure(out.text, branch);
    }
    async originUrl() {
        const out = await this.run(['remote', 'get-url', 'origin'], undefined, true);
        return out.ok && out.text.trim() !== '' ? redact(out.text.trim().replace(/\/\/[^/@]*@/, '//')) : null;
    }
    async moveTo(revision) {
        await this.run(['reset', '--quiet', '--keep', revision]);
    }
    async checkoutPaths(revision, paths) {
        if (paths.length > 0)
            await this.run(['checkout', revision, '--pathspec-from-file=-', '--pathspec-file-nul'], paths.join('\0'));
    }
    async remove(paths) {
        if (paths.length > 0)
            await this.run(['rm', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'], paths.join('\0'));
    }
    async switchToNewBranch(branch) {
        await this.run(['checkout', '--quiet', '-B', branch]);
    }
    async run(args, input, tolerate = false) {
        const git = this.open(input);
        try {
            const text = await git.raw(args);
            return tolerate ? { ok: true, text } : text;
        }
        catch (error) {
            const text = redact(error.message);
            if (tolerate)
                return { ok: false, text };
            throw new Error(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed: ${text.trim()}`);
        }
    }
}
/** Parses `--name-status -z` output: status, then one path (two for renames and copies). */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < fields.length;) {
        const code = fields[i];
        const status = code.charAt(0);
        if (status === 'R' || status === 'C') {
            changes.push({ status, from: fields[i + 1], path: fields[i + 2] });
            i += 3;
        }
        else if (code !== '') {
            changes.push({ status, path: fields[i + 1] });
            i += 2;
        }
        else {
            i += 1;
        }
    }
    return changes;
}
function classifyPushFailure(stderr, branch) {
    const said = stderr.trim();
    if (/\[rejected\]|non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref|incorrect old value/i.test(said)) {
        return new PushError(`The push to '${branch}' was rejected because the remote branch moved: ${said}`, 'race');
    }
    if (/GH006|protected branch/i.test(said)) {
        return new PushError(`The branch '${branch}' is protected and does not accept direct pushes. Set 'pull-request: true' to deliver the snapshot as a pull request. (${said})`, 'protected');
    }
    if (/permission to .* denied|403|write access .* not granted|The requested URL returned error: 403/i.test(said)) {
        return new PushError(`The push to '${branch}' was refused for lack of permission. Give the workflow 'permissions: contents: write' (and keep persist-credentials of actions/checkout on). (${said})`, 'permission');
    }
    if (/access denied|service not enabled|read-only|not allowed to push/i.test(said)) {
        return new PushError(`origin does not accept pushes to '${branch}' with the credentials this job has (a read-only remote or token). Give the workflow 'permissions: contents: write', or set 'push: false'. (${said})`, 'permission');
    }
    if (/could not read Username|Authentication failed|terminal prompts disabled|401/i.test(said)) {
        return new PushError(`The push to '${branch}' had no usable credentials. Check out with actions/checkout (persist-credentials: true) or configure a token for origin. (${said})`, 'auth');
    }
    return new PushError(`The push to '${branch}' failed: ${said}`, 'other');
}

;// CONCATENATED MODULE: ./src/snapshot/layout.ts
const MANIFEST_FILE = 'manifest.json';
const SLUG_MAX_LENGTH = 60;
/**
 * The slug of a name with no letter or digit in a-z/0-9 after folding (e.g. "日本語", "???"):
 * the file is then `flow--<id>.json`, still unique through its id.
 */
const FALLBACK_SLUG = 'flow';
// Genesys adds flow types over time: a newer one (a plain lower-case word, as every type is) gets its
// own folder rather than failing the flow; anything else could smuggle path syntax in.
const SAFE_TYPE = /^[a-z][a-z0-9]{0,49}$/;
// Genesys ids are UUIDs; anything else could smuggle path syntax in, so it is refused, not cleaned.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;
/** `inboundcall/main-ivr--<id>.json`, relative to output-dir with `/` separators. */
function flowFilePath(ref) {
    if (!SAFE_TYPE.test(ref.type)) {
        throw new Error(`Flow '${ref.name}' (${ref.id}) has type '${ref.type}', which is not a Genesys flow type (a lower-case word); it cannot be given a file.`);
    }
    if (!SAFE_ID.test(ref.id)) {
        throw new Error(`Flow '${ref.name}' has id '${ref.id}', which is not a Genesys flow id (letters, digits and '-'); it cannot be given a file.`);
    }
    return `${ref.type}/${slugify(ref.name)}--${ref.id}.json`;
}
/**
 * Lower-case name reduced to `[a-z0-9-]`: accents are folded ("Café" → "cafe"), every other run of
 * characters becomes one `-`, no leading or trailing `-`, at most 60 characters.
 */
function slugify(name) {
    const folded = name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    const slug = folded
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, SLUG_MAX_LENGTH)
        .replace(/-+$/, '');
    return slug === '' ? FALLBACK_SLUG : slug;
}
/** Reads `<slug>--<id>.json` back into its parts; null when the name has another shape. */
function parseFlowFileName(fileName) {
    if (!fileName.endsWith('.json'))
        return null;
    // A slug never ends with '-' and an id (a UUID) never holds '--', so the last '--' splits them.
    const stem = fileName.slice(0, -'.json'.length);
    const at = stem.lastIndexOf('--');
    if (at < 0)
        return null;
    const id = stem.slice(at + 2);
    if (id === '' || !SAFE_ID.test(id))
        return null;
    return { slug: stem.slice(0, at), id };
}

;// CONCATENATED MODULE: ./src/snapshot/manifest.ts
// Reading `manifest.json`: the previous snapshot's index of flows (contract "Files in the repository").





/** The manifest under output-dir; null when there is none yet. Throws a fixable message when unreadable. */
async function readManifest(outputPath) {
    const file = (0,external_node_path_namespaceObject.join)(outputPath, MANIFEST_FILE);
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new Error(`Cannot read ${file}: ${errorMessage(error)}. Check the file's permissions or delete it; the next snapshot writes it again.`);
    }
    return parseManifest(text, file);
}
/** Checks the shape field by field, so a hand-edited manifest fails here and not halfway through a run. */
function parseManifest(text, where) {
    const fix = 'Restore it from git history or delete it; the next snapshot writes it again.';
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${where} is not valid JSON (${errorMessage(error)}). ${fix}`);
    }
    if (!json_isRecord(data) || data.formatVersion !== 1 || !Array.isArray(data.flows)) {
        throw new Error(`${where} is not a manifest of format 1 (expected {"formatVersion": 1, "flows": [...]}). ${fix}`);
    }
    const flows = data.flows.map((raw, index) => {
        const entry = json_isRecord(raw) ? raw : {};
        const text = (key) => {
            const value = entry[key];
            if (typeof value !== 'string')
                throw new Error(`${where}: flows[${index}].${key} must be a string. ${fix}`);
            return value;
        };
        const bytes = entry.bytes;
        if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0) {
            throw new Error(`${where}: flows[${index}].bytes must be a whole number. ${fix}`);
        }
        return {
            id: text('id'),
            name: text('name'),
            type: text('type'),
            version: text('version'),
            path: text('path'),
            sha256: text('sha256'),
            bytes,
        };
    });
    return { formatVersion: 1, flows };
}

;// CONCATENATED MODULE: ./src/cli/diff.ts
// `npx genesys-flow-snapshot diff`: what changed in Architect flows, in Architect's words, instead of
// a line diff of the canonical JSON. Three forms:
//   diff OLD.json NEW.json              two flow files
//   diff REV1 REV2 [--dir DIR]          the flow files under DIR at two git revisions, matched by flow id
//   diff PATH OLD HEX MODE NEW HEX MODE git's external diff driver (GIT_EXTERNAL_DIFF / diff.<driver>.command)










const DEFAULT_DIR = 'genesys-flows';
const diffCommand = {
    name: 'diff',
    summary: "Say what changed in flows between two files or two commits, in Architect's words",
    usage: [
        'npx genesys-flow-snapshot diff OLD.json NEW.json',
        'npx genesys-flow-snapshot diff REV1 REV2 [--dir genesys-flows]',
        '',
        'As git\'s diff driver (git passes 7 arguments: path old-file old-hex old-mode new-file new-hex new-mode):',
        '  echo "genesys-flows/*/*.json diff=genesys-flow" >> .gitattributes',
        '  git config diff.genesys-flow.command "npx genesys-flow-snapshot diff"',
    ].join('\n'),
    run: runDiff,
};
async function runDiff(args, io) {
    if (isExternalDiff(args))
        return externalDiff(args, io);
    const { positional, dir } = parseOptions(args);
    if (positional.length !== 2) {
        io.err(`diff takes two flow files or two git revisions, got ${positional.length} argument(s).\n\nUsage: ${diffCommand.usage}\n`);
        return 2;
    }
    const [from, to] = positional;
    const [fromFile, toFile] = await Promise.all([isFile((0,external_node_path_namespaceObject.resolve)(io.cwd, from)), isFile((0,external_node_path_namespaceObject.resolve)(io.cwd, to))]);
    if (fromFile && toFile)
        return fileDiff((0,external_node_path_namespaceObject.resolve)(io.cwd, from), (0,external_node_path_namespaceObject.resolve)(io.cwd, to), io);
    return revisionDiff(from, to, dir, io);
}
function parseOptions(args) {
    const positional = [];
    let dir = DEFAULT_DIR;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--dir')
            dir = args[++index] ?? DEFAULT_DIR;
        else if (arg.startsWith('--dir='))
            dir = arg.slice('--dir='.length);
        else
            positional.push(arg);
    }
    return { positional, dir };
}
/** git runs an external diff as `path old-file old-hex old-mode new-file new-hex new-mode` (+ 2 for a rename). */
function isExternalDiff(args) {
    const mode = /^([0-7]{6}|\.)$/;
    return (args.length === 7 || args.length === 9) && mode.test(args[3]) && mode.test(args[6]);
}
async function externalDiff(args, io) {
    const [oldPath, oldFile, , , newFile, , , renamedTo] = args;
    const path = renamedTo ?? oldPath; // a rename (two more arguments) is shown under its new path
    const before = oldFile === '/dev/null' ? undefined : await readText(oldFile);
    const after = newFile === '/dev/null' ? undefined : await readText(newFile);
    const oldFlow = before === undefined ? undefined : asFlow(before);
    const newFlow = after === undefined ? undefined : asFlow(after);
    if ((before !== undefined && oldFlow === undefined) || (after !== undefined && newFlow === undefined)) {
        // Not an Architect flow (the attribute matched too much): git's own diff says it best.
        io.out(relabel(await plainDiff(oldFile, newFile, io.cwd), oldFile, newFile, path));
        return 0;
    }
    const id = parseFlowFileName((0,external_node_path_namespaceObject.basename)(path))?.id ?? path;
    const review = review_reviewFlowChange({ before: oldFlow, after: newFlow, afterText: after, flowId: id, name: flowName(newFlow ?? oldFlow, path) });
    io.out(`${path}\n${indent(reviewText([review]) || 'No change to what the flow does.\n')}`);
    return 0;
}
async function fileDiff(fromPath, toPath, io) {
    const [before, after] = await Promise.all([readText(fromPath), readText(toPath)]);
    const oldFlow = asFlow(before);
    const newFlow = asFlow(after);
    for (const [flow, path] of [[oldFlow, fromPath], [newFlow, toPath]]) {
        if (flow === undefined)
            throw new Error(`${path} is not an Architect flow document (JSON with a flowSequenceItemList). Give two flow files of a snapshot.`);
    }
    const id = parseFlowFileName((0,external_node_path_namespaceObject.basename)(toPath))?.id ?? (0,external_node_path_namespaceObject.basename)(toPath);
    const review = review_reviewFlowChange({ before: oldFlow, after: newFlow, afterText: after, flowId: id, name: flowName(newFlow, toPath) });
    io.out(reviewText([review]) || `${review.name}: no change.\n`);
    return 0;
}
async function revisionDiff(from, to, dir, io) {
    const git = await createGit(io.cwd);
    for (const revision of [from, to]) {
        if ((await git.resolve(revision)) === null) {
            io.err(`'${revision}' is neither a file nor a git revision of ${git.workspace}. Give two flow files, or two commits (e.g. HEAD~1 HEAD).\n`);
            return 2;
        }
    }
    const folder = (0,external_node_path_namespaceObject.relative)(git.workspace, (0,external_node_path_namespaceObject.resolve)(io.cwd, dir)).split('\\').join('/') || '.';
    const reviews = await reviewRevisions(git, from, to, folder);
    io.out(reviews.length === 0 ? `No flow in ${folder} changed between ${from} and ${to}.\n` : reviewText(reviews));
    return 0;
}
/** The flows under `folder` that differ between two revisions, matched by the flow id in their file names. */
async function reviewRevisions(git, from, to, folder) {
    const changes = await git.diff(from, to, folder, false);
    const [oldManifest, newManifest] = await Promise.all([manifestAt(git, from, folder), manifestAt(git, to, folder)]);
    const files = new Map();
    for (const change of changes) {
        const id = parseFlowFileName((0,external_node_path_namespaceObject.basename)(change.path))?.id;
        if (id === undefined)
            continue;
        const entry = files.get(id) ?? {};
        if (change.status !== 'A')
            entry.before = change.path;
        if (change.status !== 'D')
            entry.after = change.path;
        files.set(id, entry);
    }
    const reviews = [];
    for (const [id, paths] of files) {
        const before = paths.before === undefined ? undefined : ((await git.show(from, paths.before)) ?? undefined);
        const after = paths.after === undefined ? undefined : ((await git.show(to, paths.after)) ?? undefined);
        const oldFlow = before === undefined ? undefined : asFlow(before);
        const newFlow = after === undefined ? undefined : asFlow(after);
        const name = newManifest.get(id)?.name ?? oldManifest.get(id)?.name ?? flowName(newFlow ?? oldFlow, id);
        const versions = { versionFrom: oldManifest.get(id)?.version ?? '', versionTo: newManifest.get(id)?.version ?? '' };
        reviews.push(review_reviewFlowChange({ before: oldFlow, after: newFlow, ...(after === undefined ? {} : { afterText: after }), flowId: id, name, ...versions }));
    }
    return reviews;
}
async function manifestAt(git, revision, folder) {
    const where = folder === '.' ? MANIFEST_FILE : `${folder}/${MANIFEST_FILE}`;
    const text = await git.show(revision, where);
    if (text === null)
        return new Map();
    return new Map(parseManifest(text, `${where} at ${revision}`).flows.map((entry) => [entry.id, entry]));
}
function asFlow(text) {
    try {
        const value = JSON.parse(text);
        return json_isRecord(value) && Array.isArray(value['flowSequenceItemList']) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function flowName(flow, fallback) {
    const name = flow?.['name'];
    return typeof name === 'string' && name !== '' ? name : fallback;
}
async function readText(path) {
    try {
        return await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new Error(`Cannot read ${path}: ${errorMessage(error)}`);
    }
}
async function isFile(path) {
    return (0,promises_namespaceObject.stat)(path).then((info) => info.isFile(), () => false);
}
function indent(text) {
    return text.replace(/^(?=.)/gm, '  ');
}
/** git's temporary file names in the diff header become the repository path the reader knows. */
function relabel(diff, oldFile, newFile, path) {
    const bare = (file) => file.replace(/^\/+/, '');
    return diff.split(`a/${bare(oldFile)}`).join(`a/${path}`).split(`b/${bare(newFile)}`).join(`b/${path}`);
}
/** `git diff --no-index` of two files; exit status 1 only means they differ. */
async function plainDiff(oldFile, newFile, cwd) {
    try {
        const { stdout } = await (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile)('git', ['diff', '--no-index', '--no-ext-diff', '--', oldFile, newFile], { cwd, maxBuffer: 256 * 1024 * 1024 });
        return stdout;
    }
    catch (error) {
        const failed = error;
        if (failed.code === 1 && typeof failed.stdout === 'string')
            return failed.stdout;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/snapshot/safe-path.ts
// Every path the snapshot touches is checked twice: as text (no way out of output-dir, nothing a
// file system would read specially) and on disk (no symlink anywhere between workspace and file),
// because a repository can hold a symlink that points anywhere on the runner.


const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_SEGMENT_BYTES = 255;
/** Throws unless `path` is a plain relative path of `/`-separated, ordinary names. */
function checkRelativePath(path, what) {
    const problem = pathProblem(path);
    if (problem)
        throw new Error(`Refusing to touch ${what} '${printable(path)}': ${problem}.`);
}
function pathProblem(path) {
    if (path === '')
        return 'the path is empty';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(path))
        return 'it contains a control character';
    if (path.includes('\\'))
        return 'it contains a backslash';
    if (path.startsWith('/') || (0,external_node_path_namespaceObject.isAbsolute)(path) || /^[A-Za-z]:/.test(path))
        return 'it is absolute';
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.' || segment === '..')
            return `it has the segment '${segment}'`;
        if (segment.toLowerCase() === '.git')
            return 'it points into .git';
        if (WINDOWS_RESERVED.test(segment))
            return `'${segment}' is a reserved file name on Windows`;
        if (Buffer.byteLength(segment) > MAX_SEGMENT_BYTES)
            return 'a file name is longer than 255 bytes';
    }
    return null;
}
/**
 * The real absolute output-dir, created when missing. Refuses an output-dir outside the workspace
 * or reached through a symlink.
 */
async function resolveOutputDir(workspace, outputDir, create) {
    checkRelativePath(outputDir, 'output-dir');
    const root = await (0,promises_namespaceObject.realpath)(workspace);
    const target = (0,external_node_path_namespaceObject.resolve)(root, outputDir);
    const rel = (0,external_node_path_namespaceObject.relative)(root, target);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel)) {
        throw new Error(`output-dir '${outputDir}' is not inside the workspace ${root}. Use a folder inside the repository.`);
    }
    await walkDirectories(root, rel.split(external_node_path_namespaceObject.sep), create, `output-dir '${outputDir}'`);
    return target;
}
/**
 * Makes sure every folder from `base` down to the parent of `relPath` is a real folder (created when
 * missing and `create`), and that the file itself, if present, is no symlink. Returns its absolute path.
 */
async function prepareFile(base, relPath, create) {
    return (await prepareTarget(base, relPath, create)).file;
}
/**
 * prepareFile, also telling whether the file exists. `checkedFolders` (one set for one run's writes) holds
 * the folders already found real in this run, so 2,000 files in one folder check it once, not 2,000 times:
 * the danger is a symlink the repository holds, which does not come and go while the run writes.
 */
async function prepareTarget(base, relPath, create, checkedFolders) {
    checkRelativePath(relPath, 'file');
    const segments = relPath.split('/');
    const foldersExist = await walkDirectories(base, segments.slice(0, -1), create, `'${relPath}'`, checkedFolders);
    const file = (0,external_node_path_namespaceObject.join)(base, ...segments);
    if (!foldersExist)
        return { file, exists: false };
    const stat = await lstatOrNull(file);
    if (stat?.isSymbolicLink()) {
        throw new Error(`Refusing to touch '${relPath}': it is a symbolic link. Replace it with a plain file or delete it.`);
    }
    if (stat?.isDirectory())
        throw new Error(`Cannot write '${relPath}': a folder of that name is in the way. Remove the folder.`);
    return { file, exists: stat !== null };
}
/** lstat each folder in turn; returns false when one is missing and `create` is false. */
async function walkDirectories(base, segments, create, what, checked) {
    let current = base;
    for (const segment of segments) {
        current = (0,external_node_path_namespaceObject.join)(current, segment);
        if (checked?.has(current))
            continue;
        const stat = await lstatOrNull(current);
        if (stat === null) {
            if (!create)
                return false;
            await (0,promises_namespaceObject.mkdir)(current).catch((error) => {
                if (error.code !== 'EEXIST')
                    throw error;
            });
            const made = await (0,promises_namespaceObject.lstat)(current);
            if (made.isDirectory() && !made.isSymbolicLink()) {
                checked?.add(current);
                continue;
            }
            throw new Error(`Refusing to use ${what}: '${current}' appeared as something other than a folder.`);
        }
        if (stat.isSymbolicLink()) {
            throw new Error(`Refusing to use ${what}: '${current}' is a symbolic link, and symlinks are never followed. Replace it with a real folder.`);
        }
        if (!stat.isDirectory()) {
            throw new Error(`Cannot use ${what}: '${current}' is a file, not a folder. Move or delete that file, or choose another output-dir.`);
        }
        checked?.add(current);
    }
    return true;
}
async function lstatOrNull(path) {
    try {
        return await (0,promises_namespaceObject.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
function printable(path) {
    // eslint-disable-next-line no-control-regex
    return path.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/snapshot/architect-file.ts

/**
 * Extension of an Architect export file by flow type. The first twelve were seen on real exports
 * (architect-flow-format.md §2.1, samples/README.md); the others follow the same pattern unconfirmed.
 * emulator/flow-types.ts keeps the same table on Genesys's side: the product never imports the emulator,
 * so that neither vouches for the other.
 */
const ARCHITECT_FILE_EXTENSIONS = {
    inboundcall: '.i3InboundFlow',
    inqueuecall: '.i3InQueueFlow',
    commonmodule: '.i3CommonModuleFlow',
    inboundshortmessage: '.i3InboundMessage',
    inboundemail: '.i3InboundEmailFlow',
    inboundchat: '.i3InboundChatFlow',
    bot: '.i3BotFlow',
    workflow: '.i3WorkFlow',
    digitalbot: '.i3DigitalBotFlow',
    outboundcall: '.i3OutboundFlow',
    surveyinvite: '.i3SurveyInviteFlow',
    workitem: '.i3WorkitemFlow',
    // Not seen on a real export:
    inqueueemail: '.i3InQueueEmailFlow',
    inqueueshortmessage: '.i3InQueueMessageFlow',
    securecall: '.i3SecureFlow',
    voicemail: '.i3VoicemailFlow',
    voicesurvey: '.i3VoiceSurveyFlow',
    emailsend: '.i3EmailSendFlow',
    speech: '.i3SpeechFlow',
    voice: '.i3VoiceFlow',
};
/** The text of the Architect file for a flow's configuration: what decodeFlowFile reads back. */
function encodeFlowFile(document) {
    return Buffer.from(encodeURIComponent(JSON.stringify(document)), 'utf8').toString('base64');
}
/** The extension for a lower-case flow type; throws, naming the known types, for any other. */
function architectFileExtension(type) {
    if (!Object.hasOwn(ARCHITECT_FILE_EXTENSIONS, type)) {
        throw new Error(`flow type '${type}' has no known Architect file extension (known types: ${Object.keys(ARCHITECT_FILE_EXTENSIONS).sort().join(', ')})`);
    }
    return ARCHITECT_FILE_EXTENSIONS[type];
}
// What a file name may not hold on Linux, macOS or Windows: separators, control characters, and the
// characters Windows reserves.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
// Windows drops trailing dots and spaces, and a leading dot hides a file or makes `.`/`..`.
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/g;
const FALLBACK_NAME = 'flow';
/**
 * `Main IVR.i3InboundFlow`: the flow's name made a safe single file name (one path segment, never `.` or
 * `..`, absolute, reserved on Windows or over 255 bytes), then `suffix` (`_2` when two flows would share
 * a name), then the extension of its type.
 */
function architectFileName(flowName, type, suffix = '') {
    const extension = architectFileExtension(type);
    let stem = flowName.normalize('NFC').replace(UNSAFE_CHARACTERS, '_').replace(EDGE_DOTS_AND_SPACES, '');
    if (WINDOWS_RESERVED.test(stem))
        stem = `_${stem}`;
    stem = truncateUtf8(stem, MAX_SEGMENT_BYTES - Buffer.byteLength(suffix + extension)).replace(EDGE_DOTS_AND_SPACES, '');
    return `${stem === '' ? FALLBACK_NAME : stem}${suffix}${extension}`;
}
/** The longest prefix of `text` within `maxBytes` of UTF-8, never splitting a character. */
function truncateUtf8(text, maxBytes) {
    if (Buffer.byteLength(text) <= maxBytes)
        return text;
    let bytes = 0;
    let end = 0;
    for (const character of text) {
        bytes += Buffer.byteLength(character);
        if (bytes > maxBytes)
            break;
        end += character.length;
    }
    return text.slice(0, end);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/snapshot/read.ts
// mode: validate — the flow files already in the repository, read without any network.







/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * Symlinks are skipped (never followed). A missing output-dir gives no flows.
 */
async function readFlowFiles(workspace, outputDir) {
    const root = await resolveOutputDir(workspace, outputDir, false);
    const manifest = await readManifest(root);
    const byPath = new Map((manifest?.flows ?? []).map((entry) => [entry.path, entry]));
    const relPaths = (await listJsonFiles(root)).filter((p) => p !== MANIFEST_FILE).sort();
    // One file at a time, synchronously: a repository can hold tens of thousands of flow files, and
    // opening them all together runs out of file descriptors (EMFILE). Nothing else runs while mode
    // validate reads, and for 50,000 files one synchronous read after another takes a third of the time
    // that even 8 or 16 asynchronous reads in flight take (each costs four trips to libuv's thread pool).
    const flows = relPaths.map((rel) => {
        const file = `${outputDir}/${rel}`;
        const absolute = (0,external_node_path_namespaceObject.join)(root, ...rel.split('/'));
        const buffer = readFlowFile(absolute, file);
        const identity = byPath.get(rel) ?? identityFromPath(rel);
        let document;
        let readError;
        try {
            document = JSON.parse(buffer.toString('utf8'));
        }
        catch (error) {
            readError = `${file} is not valid JSON: ${errorMessage(error)}`;
        }
        const flow = { ...identity, file, document, bytes: buffer.length, ...(readError ? { readError } : {}) };
        // The text is only needed to put findings on lines, and few files have findings: it is read again
        // when asked for instead of held (50,000 files of 486 MB: peak RSS 690 MB instead of 1,150 MB).
        return Object.defineProperty(flow, 'text', { enumerable: true, get: () => readFlowFile(absolute, file).toString('utf8') });
    });
    return { flows, manifest };
}
function readFlowFile(absolute, file) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(absolute);
    }
    catch (error) {
        throw new Error(unreadableMessage(file, error));
    }
}
function unreadableMessage(file, error) {
    const fix = isOutOfFileDescriptors(error) ? RAISE_OPEN_FILES : 'Check that it is a readable file, or remove it from the repository.';
    return `Cannot read flow file ${file}: ${errorMessage(error)}. ${fix}`;
}
function identityFromPath(rel) {
    const segments = rel.split('/');
    const fileName = segments[segments.length - 1];
    const parsed = parseFlowFileName(fileName);
    const type = segments.length > 1 ? segments[0] : '';
    if (parsed)
        return { id: parsed.id, name: parsed.slug, type };
    return { id: fileName.replace(/\.json$/, ''), name: fileName.replace(/\.json$/, ''), type };
}
/** Relative paths (with `/`) of regular `.json` files, walking without following symlinks. */
async function listJsonFiles(root) {
    const found = [];
    const pending = [''];
    while (pending.length > 0) {
        const rel = pending.pop();
        const entries = await (0,promises_namespaceObject.readdir)(rel === '' ? root : (0,external_node_path_namespaceObject.join)(root, ...rel.split('/')), { withFileTypes: true }).catch((error) => {
            if (error.code === 'ENOENT' && rel === '')
                return [];
            throw error;
        });
        for (const entry of entries) {
            const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    pending.push(child);
            }
            else if (entry.isFile() && entry.name.endsWith('.json')) {
                found.push(child);
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/snapshot/pack.ts
// Restore: committed flow files (one file, or a whole output-dir with its manifest.json) written back as
// the files Architect's Import takes, into one folder. Names come from the manifest (the Flow entity's),
// else from the document; whatever a name holds, every file lands directly inside that folder.









/**
 * Packs `source` (a flow file, or a snapshot folder) into `outDir`, created when missing. A flow that
 * cannot be packed (not JSON, unknown type) is listed in `failed`; the others are still written.
 */
async function packFlows(source, outDir) {
    const sourceStat = await (0,promises_namespaceObject.stat)(source).catch((error) => {
        if (error.code === 'ENOENT')
            throw new Error(`'${source}' does not exist. Give a flow file or the snapshot's output-dir (e.g. genesys-flows).`);
        throw error;
    });
    const flows = sourceStat.isDirectory() ? await committedFlowsIn(source) : [await committedFlow(source)];
    if (flows.length === 0)
        throw new Error(`'${source}' holds no flow files (*.json). Give the snapshot's output-dir or one flow file.`);
    const out = (0,external_node_path_namespaceObject.resolve)(outDir);
    await (0,promises_namespaceObject.mkdir)(out, { recursive: true });
    const packed = [];
    const failed = [];
    const taken = new Set();
    for (const flow of [...flows].sort((a, b) => (a.source < b.source ? -1 : 1))) {
        try {
            const { document, name, type } = identify(flow);
            const fileName = uniqueName(name, type, taken);
            checkRelativePath(fileName, 'file');
            const file = await prepareFile(out, fileName, true);
            await (0,promises_namespaceObject.writeFile)(file, encodeFlowFile(document));
            packed.push({ source: flow.source, name, type, file });
        }
        catch (error) {
            failed.push({ source: flow.source, error: errorMessage(error) });
        }
    }
    return { packed, failed };
}
async function committedFlowsIn(folder) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(folder);
    const outputDir = (0,external_node_path_namespaceObject.basename)(absolute);
    const { flows, manifest } = await readFlowFiles((0,external_node_path_namespaceObject.dirname)(absolute), outputDir);
    const byPath = new Map((manifest?.flows ?? []).map((entry) => [entry.path, entry]));
    return flows.map((flow) => {
        const relPath = flow.file.slice(outputDir.length + 1);
        const source = `${folder.replace(/[\\/]+$/, '')}/${relPath}`;
        return { source, relPath, text: flow.readError ? null : flow.text, readError: flow.readError, entry: byPath.get(relPath) };
    });
}
/** One file; its manifest entry is looked up in the snapshot folder it sits in (`<output-dir>/<type>/<file>`). */
async function committedFlow(file) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(file);
    const outputPath = (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.dirname)(absolute));
    const relPath = (0,external_node_path_namespaceObject.relative)(outputPath, absolute).split(external_node_path_namespaceObject.sep).join('/');
    let entry;
    try {
        entry = (await readManifest(outputPath))?.flows.find((candidate) => candidate.path === relPath);
    }
    catch {
        // A broken or unreadable manifest next to the file: the document still names its flow.
    }
    return { source: file, relPath, text: await (0,promises_namespaceObject.readFile)(absolute, 'utf8'), entry };
}
function identify(flow) {
    if (flow.text === null)
        throw new Error(flow.readError ?? 'the file could not be read');
    let document;
    try {
        document = JSON.parse(flow.text);
    }
    catch (error) {
        throw new Error(`not valid JSON (${errorMessage(error)}). Take the file as committed: git show <revision>:<path>`);
    }
    if (!json_isRecord(document))
        throw new Error('not a flow: the file holds no JSON object');
    const segments = flow.relPath.split('/');
    const fromPath = parseFlowFileName(segments[segments.length - 1]);
    const name = flow.entry?.name || json_stringField(document, 'name') || fromPath?.slug || '';
    const type = flow.entry?.type || json_stringField(document, 'type') || (segments.length > 1 ? segments[segments.length - 2] : '');
    return { document, name, type };
}
/** The file name for a flow, `_2`, `_3` … added when an earlier flow took it (compared case-blind: macOS and Windows are). */
function uniqueName(name, type, taken) {
    for (let count = 1;; count++) {
        const fileName = architectFileName(name, type, count === 1 ? '' : `_${count}`);
        if (!taken.has(fileName.toLowerCase())) {
            taken.add(fileName.toLowerCase());
            return fileName;
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/pack.ts
// `npx genesys-flow-snapshot pack <flow file | output-dir> [--out DIR]`: committed flow files back into
// files that Architect's Import takes (README "Restore a flow").




const USAGE = `genesys-flow-snapshot pack <flow file | output-dir> [--out DIR]

  <flow file>   a committed flow file, e.g. genesys-flows/inboundcall/main-ivr--<id>.json
  <output-dir>  the snapshot folder (with manifest.json): every flow in it
  --out DIR     where to write the Architect files (default: the current folder)
`;
const packCommand = {
    name: 'pack',
    summary: 'Turn committed flow files back into files Architect can import (.i3InboundFlow, …)',
    usage: USAGE,
    async run(args, io) {
        let source;
        let out;
        try {
            const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
            if (positionals.length !== 1)
                throw new Error(positionals.length === 0 ? 'Give the flow file or folder to pack.' : `Give one flow file or folder, not ${positionals.length}.`);
            source = positionals[0];
            out = values.out ?? '.';
        }
        catch (error) {
            io.err(`${errorMessage(error)}\n\nUsage: ${USAGE}`);
            return 2;
        }
        const outDir = (0,external_node_path_namespaceObject.resolve)(io.cwd, out);
        const { packed, failed } = await packFlows((0,external_node_path_namespaceObject.resolve)(io.cwd, source), outDir);
        for (const flow of packed)
            io.out(`${flow.type} '${flow.name}' → ${flow.file}\n`);
        for (const failure of failed)
            io.err(`Not packed: ${failure.source}: ${failure.error}\n`);
        if (packed.length > 0) {
            io.out(`\n${packed.length} ${packed.length === 1 ? 'file' : 'files'} in ${outDir}. In Architect, open each flow (or create one of ` +
                'its type), choose Import in the Save drop-down and select the file; review it, then save and publish.\n');
        }
        return failed.length === 0 ? 0 : 1;
    },
};

;// CONCATENATED MODULE: ./src/cli/main.ts




/** Every command, in the order `help` lists them; each lives in its own file beside this one. */
const COMMANDS = [diffCommand, describeCommand, packCommand];
/** Exit codes: 0 done, 1 the command failed (its message says why), 2 the command line was wrong. */
async function runCli(argv, io) {
    const [name, ...args] = argv;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
        io.out(helpText());
        return name === undefined ? 2 : 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
        io.err(`Unknown command '${name}'.\n\n${helpText()}`);
        return 2;
    }
    if (args.includes('--help') || args.includes('-h')) {
        io.out(`${command.summary}\n\nUsage: ${command.usage}\n`);
        return 0;
    }
    try {
        return await command.run(args, io);
    }
    catch (error) {
        io.err(`genesys-flow-snapshot ${command.name}: ${errorMessage(error)}\n`);
        return 1;
    }
}
function helpText() {
    const width = Math.max(0, ...COMMANDS.map((command) => command.name.length));
    const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
    return ['Usage: npx genesys-flow-snapshot <command> [options]', '', 'Commands:', ...lines, '', 'Run a command with --help for its options.', ''].join('\n');
}


/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = eval("require")("supports-color");


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 18:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
