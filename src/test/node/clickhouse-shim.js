#!/usr/bin/env node
// A stand-in for ClickHouse's HTTP interface whose answers come from a real ClickHouse engine:
// chDB (npm package "chdb"), ClickHouse run in this process. chDB has no HTTP server, so this
// answers ClickHouse's POST / itself: the SQL in the body (after a `query` URL parameter, if any),
// {name:Type} values from param_* URL parameters, the account from X-ClickHouse-User /
// X-ClickHouse-Key (or Basic auth, or user/password parameters), and errors as ClickHouse's HTTP
// interface gives them: the status of exceptionCodeToHTTPStatus.cpp, X-ClickHouse-Exception-Code,
// and the text "Code: N. DB::Exception: ... (NAME) (version V)".
//
//   node clickhouse-shim.js [--sql FILE]... [--load TABLE=FILE.ndjson]... [--account USER[:PASSWORD]]
//                           [--readonly]
//
// Prints "listening <port>" on stdout once it answers on 127.0.0.1; ends when stdin closes, so it
// never outlives the test that started it. --readonly refuses any setting in the URL as a
// read-only account (the playground's "play") does, with ClickHouse's READONLY error.
'use strict';

const http = require('http');
const fs = require('fs');
const { Session } = require('chdb');

const args = process.argv.slice(2);
const sqlFiles = [];
const loads = [];
let account = { user: 'play', password: '' };
let readonly = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--sql') sqlFiles.push(args[++i]);
  else if (a === '--load') loads.push(args[++i]);
  else if (a === '--account') {
    const v = args[++i];
    const colon = v.indexOf(':');
    account = colon < 0 ? { user: v, password: '' } : { user: v.slice(0, colon), password: v.slice(colon + 1) };
  } else if (a === '--readonly') readonly = true;
  else {
    console.error(`clickhouse-shim: unknown argument ${a}`);
    process.exit(2);
  }
}

// The statuses of ClickHouse's src/Server/HTTP/exceptionCodeToHTTPStatus.cpp for the codes a
// query can meet here; any other code is 500 there too.
const STATUS = new Map([
  [194, 401], // REQUIRED_PASSWORD
  [192, 403], [193, 403], [516, 403], [497, 403], // UNKNOWN_USER, WRONG_PASSWORD, AUTHENTICATION_FAILED, ACCESS_DENIED
  [36, 400], [6, 400], [62, 400], [53, 400], [117, 400], [8, 400], // BAD_ARGUMENTS, CANNOT_PARSE_TEXT, SYNTAX_ERROR, TYPE_MISMATCH, INCORRECT_DATA, THERE_IS_NO_COLUMN
  [60, 404], [46, 404], [47, 404], [81, 404], [115, 404], [73, 404], // UNKNOWN_TABLE, _FUNCTION, _IDENTIFIER, _DATABASE, _SETTING, _FORMAT
  [159, 408], // TIMEOUT_EXCEEDED
]);

const session = new Session();
const version = session.query('SELECT version()', 'TSVRaw').trim();
for (const file of sqlFiles) {
  for (const statement of fs.readFileSync(file, 'utf8').split(/;\s*$/m)) {
    const sql = statement.replace(/^\s*--.*$/gm, '').trim();
    if (sql) session.query(sql);
  }
}

function send(res, status, headers, body) {
  res.writeHead(status, headers);
  res.end(body);
}

function fail(res, message) {
  const text = String(message).replace(/^Query failed: /, '');
  const match = /^Code: (\d+)\./.exec(text);
  const code = match ? Number(match[1]) : 1001;
  send(res, STATUS.get(code) || 500, {
    'Content-Type': 'text/plain; charset=UTF-8',
    'X-ClickHouse-Exception-Code': String(code),
  }, `${match ? text : `Code: 1001. DB::Exception: ${text}`} (version ${version})\n`);
}

function credentials(req, url) {
  let user = req.headers['x-clickhouse-user'];
  let password = req.headers['x-clickhouse-key'];
  const basic = /^Basic (.+)$/.exec(req.headers.authorization || '');
  if (basic) {
    const pair = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = pair.indexOf(':');
    user = pair.slice(0, colon);
    password = pair.slice(colon + 1);
  }
  user = user ?? url.searchParams.get('user') ?? 'default';
  password = password ?? url.searchParams.get('password') ?? '';
  return { user, password };
}

const NOT_SETTINGS = new Set(['query', 'user', 'password', 'database', 'default_format', 'query_id']);

// One query at a time: a chDB session runs one statement at once.
let queue = Promise.resolve();

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    queue = queue.then(() => answer(req, res, Buffer.concat(chunks).toString('utf8'))).catch((e) => fail(res, e.message));
  });
});

async function answer(req, res, body) {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/ping') return send(res, 200, { 'Content-Type': 'text/plain' }, 'Ok.\n');
  if (url.pathname !== '/') return fail(res, `Code: 1001. DB::Exception: There is no handle ${url.pathname}. (UNKNOWN_EXCEPTION)`);
  const who = credentials(req, url);
  if (who.user !== account.user || who.password !== account.password) {
    return fail(res, `Code: 516. DB::Exception: ${who.user}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`);
  }
  const params = {};
  for (const [name, value] of url.searchParams) {
    if (name.startsWith('param_')) params[name.slice('param_'.length)] = value;
    else if (!NOT_SETTINGS.has(name) && readonly) {
      return fail(res, `Code: 164. DB::Exception: ${who.user}: Cannot modify '${name}' setting in readonly mode. (READONLY)`);
    }
  }
  const query = url.searchParams.get('query');
  const sql = query ? `${query}\n${body}` : body;
  if (readonly && !/^\s*(SELECT|WITH|SHOW|DESCRIBE|EXISTS)\b/i.test(sql)) {
    return fail(res, `Code: 164. DB::Exception: ${who.user}: Cannot execute query in readonly mode. (READONLY)`);
  }
  const format = url.searchParams.get('default_format') || 'TabSeparated';
  let result;
  try {
    result = await session.queryBindAsync(sql, params, { format });
  } catch (e) {
    return fail(res, e.message);
  }
  const out = Buffer.from(result.bytes());
  const rows = out.length === 0 ? 0 : out.toString('utf8').split('\n').length - 1;
  const json = /FORMAT\s+JSON/i.test(sql);
  send(res, 200, {
    'Content-Type': json ? 'application/x-ndjson; charset=UTF-8' : 'text/tab-separated-values; charset=UTF-8',
    'X-ClickHouse-Format': json ? 'JSONEachRow' : format,
    'X-ClickHouse-Timezone': 'UTC',
    'X-ClickHouse-Summary': JSON.stringify({
      read_rows: String(result.rowsRead), read_bytes: String(result.bytesRead),
      written_rows: '0', written_bytes: '0', total_rows_to_read: String(result.rowsRead),
      result_rows: String(rows), result_bytes: String(out.length),
      elapsed_ns: String(Math.round(result.elapsed * 1e9)),
    }),
  }, out);
}

async function main() {
  for (const load of loads) {
    const eq = load.indexOf('=');
    await session.insert({ table: load.slice(0, eq), values: fs.readFileSync(load.slice(eq + 1)), format: 'JSONEachRow' });
  }
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`listening ${server.address().port}\n`);
  });
}

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
main().catch((e) => {
  console.error(`clickhouse-shim: ${e.message}`);
  process.exit(1);
});
