#!/usr/bin/python3
"""Sanity checks for the default world lexicon (lexicons/world/*.lex).

Parses the files per docs/lexicon.md well enough to check:
  - actor ids are unique across the world files and well formed;
  - state ids look like ISO 3166-1 alpha-3 codes; at least 195 states;
  - no phrase (after folding: NFKD, marks stripped, case folded, quotes and
    dashes unified, blanks collapsed) is given twice with the same case
    rule, across all world files, and none repeats a phrase of the top-level
    lexicons/*.lex (that would be a takeover warning);
  - every affiliation and role OF names a defined actor;
  - role date ranges are well formed (partial ISO dates, FROM <= TO);
  - person ids equal the slug of the label (as the extractor makes them).

Usage: /usr/bin/python3 lexicons/world/check.py [FILE...]
Exit status 1 when an error was found. Standard library only.
"""
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)

ID_RE = re.compile(r'^[A-Za-z0-9_.-]+$')
DATE_RE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')
KINDS = {'person', 'state', 'org', 'organization', 'organisation', 'group',
         'other'}
LIST_KW = {'discard', 'collective', 'coord', 'passive', 'boundary', 'abbrev',
           'docdate', 'boilerplate', 'det', 'locative', 'relative', 'self',
           'pronoun', 'nonstate', 'posspron', 'motion', 'sponsor',
           'reciprocal', 'distributive', 'ellipsis', 'deed', 'prep'}
ROLES = {'head_of_state', 'head_of_government', 'foreign_minister', 'leader'}

errors = 0
warnings = 0


def err(where, msg):
    global errors
    errors += 1
    print('%s: error: %s' % (where, msg))


def warn(where, msg):
    global warnings
    warnings += 1
    print('%s: warning: %s' % (where, msg))


def strip_comment(line):
    out = []
    i = 0
    while i < len(line):
        c = line[i]
        if c == '\\' and i + 1 < len(line):
            out.append(line[i:i + 2])
            i += 2
            continue
        if c == '#' and (not ''.join(out).strip() or line[i - 1] in ' \t'):
            break
        out.append(c)
        i += 1
    return ''.join(out).rstrip()


def split_list(text):
    """Splits a LIST on unescaped '|'."""
    parts, cur, i = [], [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            cur.append(text[i:i + 2])
            i += 2
            continue
        if c == '|':
            parts.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append(''.join(cur))
    return [' '.join(p.split()) for p in parts]


def expand(phrase):
    """Expands {a,b} alternation (no nesting)."""
    m = re.search(r'(?<!\\)\{([^{}]*)(?<!\\)\}', phrase)
    if not m:
        return [phrase]
    out = []
    for alt in re.split(r'(?<!\\),', m.group(1)):
        out.extend(expand(phrase[:m.start()] + alt + phrase[m.end():]))
    return out


def unescape(p):
    return re.sub(r'\\(.)', r'\1', p)


DASHES = dict.fromkeys(map(ord, '\u2010\u2011\u2012\u2013\u2014\u2015\u2212'),
                       '-')
QUOTES = dict.fromkeys(map(ord, '\u2018\u2019\u201b\u02bc\u2032`'), "'")
QUOTES.update(dict.fromkeys(map(ord, '\u201c\u201d\u201f\u2033'), '"'))


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.translate(DASHES).translate(QUOTES).casefold()
    return ' '.join(s.split())


def slug(name):
    out, us = [], False
    for c in fold(name):
        if ('a' <= c <= 'z') or ('0' <= c <= '9'):
            if us and out:
                out.append('_')
            us = False
            out.append(c)
        elif c == "'" or ord(c) >= 0x80:
            pass
        else:
            us = True
    return ''.join(out)


def phrases_of(text):
    """Yields (rule, folded, raw) for each phrase of a LIST."""
    for p in split_list(text):
        if not p:
            yield None, None, p
            continue
        rule = 'caps'
        if p.startswith('='):
            rule, p = 'exact', p[1:]
        elif p.startswith('~'):
            rule, p = 'any', p[1:]
        for e in expand(p):
            e = unescape(e)
            yield rule, fold(e), e


def parse(path, actors, phrases, top=False):
    """Fills actors {id: dict} and phrases {(rule, folded): where}."""
    cur = None
    with open(path, encoding='utf-8-sig') as f:
        for n, raw in enumerate(f, 1):
            where = '%s:%d' % (os.path.relpath(path), n)
            line = raw.rstrip('\r\n')
            if len(raw.encode()) > 4096:
                err(where, 'line longer than 4096 bytes')
            body = strip_comment(line)
            if not body.strip():
                continue
            indented = body[0] in ' \t'
            body = body.strip()
            head, sep, lst = body.partition(' : ')
            if not sep and body.endswith(' :'):
                head, lst = body[:-2], ''
            toks = head.split()
            kw = toks[0]
            if not indented:
                cur = None
                if kw == 'actor':
                    if len(toks) < 3:
                        err(where, 'actor: id and kind required')
                        continue
                    aid, kind = toks[1], toks[2]
                    label = head.split(None, 3)[3] if len(toks) > 3 else None
                    if not ID_RE.match(aid):
                        err(where, 'bad id %r' % aid)
                    if kind not in KINDS:
                        err(where, 'unknown kind %r' % kind)
                    if aid in actors and not top:
                        err(where, 'id %s already defined at %s'
                            % (aid, actors[aid]['where']))
                    cur = actors.setdefault(aid, {
                        'id': aid, 'kind': kind, 'label': label,
                        'where': where, 'aff': None, 'roles': [],
                        'names': [], 'top': top})
                    continue
                if kw in LIST_KW or kw == 'month':
                    lst = body.split(None, 1)[1] if kw != 'month' else lst
                    if lst.startswith(': '):
                        lst = lst[2:]
                    if kw == 'month':
                        continue
                    if kw == 'discard':
                        add_phrases(where, lst, phrases, 'discard')
                    continue
                if kw in ('cue', 'modality', 'title', 'speech', 'anaphor'):
                    if not top:
                        err(where, '%s: cues and titles belong in '
                            'lexicons/*.lex, not in the world lexicon' % kw)
                    continue
                err(where, 'unknown directive %r' % kw)
                continue
            if cur is None:
                err(where, 'field line with no open actor')
                continue
            if kw in ('alias', 'adj', 'capital', 'name', 'abbr'):
                rest = body[len(kw):].strip()
                if rest.startswith(': '):
                    rest = rest[2:]
                if not rest:
                    err(where, '%s: empty list' % kw)
                    continue
                add_phrases(where, rest, phrases, cur['id'], cur)
            elif kw == 'affiliation':
                if len(toks) != 2:
                    err(where, 'affiliation: one id expected')
                else:
                    cur['aff'] = (toks[1], where)
            elif kw == 'role':
                role_line(where, toks, cur)
            elif kw == 'office':
                # office ROLE AS: this actor's ROLE is whoever holds AS
                if len(toks) != 3:
                    err(where, 'office: ROLE AS expected')
                elif toks[2] not in ROLES:
                    warn(where, 'office %r maps to %r, not one of %s'
                         % (toks[1], toks[2], sorted(ROLES)))
            else:
                err(where, 'unknown actor field %r' % kw)


def add_phrases(where, lst, phrases, owner, actor=None):
    for rule, folded, rawp in phrases_of(lst):
        if rule is None:
            err(where, 'empty phrase')
            continue
        if len(folded.encode()) > 255:
            err(where, 'phrase longer than 255 bytes: %r' % rawp)
        key = (rule, folded)
        if key in phrases:
            prev_where, prev_owner, prev_top = phrases[key]
            msg = 'phrase %r (%s) also at %s (%s)' % (
                rawp, rule, prev_where, prev_owner)
            if prev_top:
                warn(where, msg + ': takes over a top-level phrase')
            else:
                err(where, msg)
            continue
        phrases[key] = (where, owner, actor is not None and actor['top'])
        if actor is not None:
            actor['names'].append(folded)


def role_line(where, toks, cur):
    if len(toks) < 2:
        err(where, 'role: name missing')
        return
    role, of, rng = toks[1], None, None
    for t in toks[2:]:
        if '..' in t:
            if rng:
                err(where, 'role: two date ranges')
            rng = t
        elif of is None:
            of = t
        else:
            err(where, 'role: unexpected %r' % t)
    if role not in ROLES:
        warn(where, 'role %r is not one of %s' % (role, sorted(ROLES)))
    if rng:
        a, b = rng.split('..', 1)
        for d in (a, b):
            if d and not DATE_RE.match(d):
                err(where, 'bad date %r' % d)
        if a and b and DATE_RE.match(a) and DATE_RE.match(b):
            if b < a[:len(b)] or (len(a) <= len(b) and b[:len(a)] < a):
                err(where, 'role ends before it starts: %s' % rng)
    cur['roles'].append((role, of, rng, where))


def main(argv):
    files = argv[1:] or sorted(glob.glob(os.path.join(HERE, '*.lex')))
    actors, phrases = {}, {}
    for top in sorted(glob.glob(os.path.join(TOP, '*.lex'))):
        parse(top, actors, phrases, top=True)
    for f in files:
        parse(f, actors, phrases)
    states = [a for a in actors.values() if a['kind'] == 'state']
    for a in actors.values():
        if a['top']:
            continue
        if a['kind'] == 'state' and not re.match(r'^[A-Z]{3}$', a['id']):
            err(a['where'], 'state id %s is not ISO alpha-3 like' % a['id'])
        if a['kind'] == 'person':
            if a['id'] != a['id'].lower():
                err(a['where'], 'person id %s not lower case' % a['id'])
            if a['label'] and slug(a['label']) != a['id']:
                warn(a['where'], 'person id %s differs from the slug of '
                     'its label (%s)' % (a['id'], slug(a['label'])))
        if not a['names']:
            warn(a['where'], 'actor %s has no alias' % a['id'])
        if a['aff'] and a['aff'][0] not in actors:
            err(a['aff'][1], 'affiliation %s is not defined' % a['aff'][0])
        for role, of, rng, where in a['roles']:
            target = of or (a['aff'] and a['aff'][0])
            if not target:
                err(where, 'role with no OF and no affiliation')
            elif target not in actors:
                err(where, 'role OF %s is not defined' % target)
    print('%d actors (%d states, %d persons, %d org, %d group), %d phrases; '
          '%d errors, %d warnings' % (
              sum(1 for a in actors.values() if not a['top']), len(states),
              sum(1 for a in actors.values() if a['kind'] == 'person'),
              sum(1 for a in actors.values() if a['kind'] in
                  ('org', 'organization', 'organisation')),
              sum(1 for a in actors.values() if a['kind'] == 'group'),
              len(phrases), errors, warnings))
    if not argv[1:] and len(states) < 195:
        err('states', 'only %d states (want 195+)' % len(states))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
