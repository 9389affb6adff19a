#!/usr/bin/env python3
"""Builds the fake store's model and seed data from a recorded Webservice corpus.

Usage: extract_model.py CORPUS_DIR OUT_DIR

Reads index.json, bodies/ and schemas/ of a corpus (see the webservice module's test fixtures) and
writes OUT_DIR/model.json (resources, fields, flags, JSON types, associations) and OUT_DIR/seed.json
(the demo entities). Run by hand when a corpus changes; the build never runs it.
"""
import json, os, re, sys, urllib.parse
import xml.etree.ElementTree as ET

XL = '{http://www.w3.org/1999/xlink}href'
corpus, out = sys.argv[1], sys.argv[2]
index = json.load(open(os.path.join(corpus, 'index.json')))
first_write = next(i for i, e in enumerate(index) if e['request']['method'] not in ('GET', 'HEAD'))


def body(e):
    b = e['response'].get('body')
    return os.path.join(corpus, b) if b else None


def href_resource(h):
    m = re.search(r'/api/([a-z_]+)/?', h or '')
    return m.group(1) if m else None


# ---- root listing: resources, descriptions, methods
root = ET.parse(os.path.join(corpus, 'bodies/root-xml.response.xml')).getroot()
api = root.find('api')
resources = {}
order = []
for el in api:
    d = el.find('description')
    r = {'name': el.tag, 'description': (d.text or '').strip() if d is not None else '',
         'methods': [m for m in ('get', 'put', 'post', 'patch', 'delete', 'head') if el.get(m) == 'true'],
         'schema': el.find('schema') is not None, 'fields': [], 'associations': []}
    resources[el.tag] = r
    order.append(el.tag)

# ---- synopsis: flags and association layout
for name, r in resources.items():
    p = os.path.join(corpus, 'schemas', name + '.synopsis.xml')
    if not os.path.exists(p):
        continue
    ent = ET.parse(p).getroot()[0]
    r['singular'] = ent.tag
    fields = [{'name': 'id'}]
    for f in ent:
        if f.tag == 'associations':
            for a in f:
                assoc = {'name': a.tag, 'nodeType': a.get('nodeType'), 'api': a.get('api'),
                         'virtual': a.get('virtualEntity') == 'true', 'fields': []}
                item = a[0] if len(a) else None
                if item is not None:
                    for af in item:
                        d = {'name': af.tag}
                        if af.get(XL): d['href'] = href_resource(af.get(XL))
                        if af.get('required') == 'true': d['required'] = True
                        if af.get('read_only') == 'true': d['readOnly'] = True
                        assoc['fields'].append(d)
                r['associations'].append(assoc)
            continue
        d = {'name': f.tag}
        for k in ('required', 'notFilterable'):
            if f.get(k) == 'true': d[k] = True
        if f.get('read_only') == 'true': d['readOnly'] = True
        if f.get('maxSize'): d['maxSize'] = int(f.get('maxSize'))
        if f.get('format'): d['format'] = f.get('format')
        if f.find('language') is not None: d['i18n'] = True
        fields.append(d)
    r['fields'] = fields

# ---- list element names (resources without schema)
for name, r in resources.items():
    p = os.path.join(corpus, 'bodies', 'list-' + name.replace('_', '-') + '.response.xml')
    if os.path.exists(p):
        try:
            lst = ET.parse(p).getroot()[0]
        except Exception:
            continue
        if lst.tag != name and lst.tag != 'errors' and name != 'images': r['plural'] = lst.tag
        if 'singular' not in r and len(lst): r['singular'] = lst[0].tag

# ---- harvest entities from XML and JSON GET responses before the first write
full = {}      # (res, id) -> entity dict (complete)
partial = {}   # (res, id) -> entity dict
xml_attrs = {} # (res, field) -> {'href':..., extra attrs}
nullable = set()
json_types = {}  # (res, field) or (res, assoc, field) -> 'num'/'str'


def parse_entity(res, el):
    ent = {}
    for f in el:
        if f.tag == 'associations':
            assocs = {}
            for a in f:
                rows = []
                for item in a:
                    row = {}
                    for af in item:
                        row[af.tag] = af.text or ''
                    if not len(item):  # <category id=".."/> style? keep id
                        row['id'] = item.get('id', '')
                    rows.append(row)
                assocs[a.tag] = rows
            ent['associations'] = assocs
            continue
        langs = f.findall('language')
        if langs:
            ent[f.tag] = {l.get('id'): (l.text or '') for l in langs}
        else:
            ent[f.tag] = f.text or ''
        attrs = {}
        if f.get(XL):
            attrs['href'] = href_resource(f.get(XL))
        for k, v in f.attrib.items():
            if k != XL: attrs[k] = v
        if attrs:
            xml_attrs.setdefault((res, f.tag), attrs)
    return ent


def note_json(res, obj):
    for k, v in obj.items():
        if k == 'associations':
            for a, rows in v.items():
                for row in rows if isinstance(rows, list) else []:
                    for fk, fv in row.items():
                        json_types.setdefault((res, a, fk), 'num' if isinstance(fv, int) else 'str')
            continue
        if isinstance(v, list):
            continue
        if v is None:
            nullable.add((res, k))
            continue
        if isinstance(v, bool):
            continue
        json_types.setdefault((res, k), 'num' if isinstance(v, int) else 'str')


def jstr(v):
    if v is None: return ''
    return str(v)


def from_json(o):
    ent = {}
    for k, v in o.items():
        if k == 'associations':
            ent['associations'] = {a: [{fk: jstr(fv) for fk, fv in row.items()} for row in rows]
                                   for a, rows in v.items() if isinstance(rows, list)}
        elif isinstance(v, list):
            ent[k] = {str(l['id']): jstr(l.get('value')) for l in v if isinstance(l, dict)}
        else:
            ent[k] = jstr(v)
    return ent


for i, e in enumerate(index):
    if e['request']['method'] != 'GET' or e['response']['status'] != 200:
        continue
    path = e['request']['path']
    m = re.match(r'/api/([a-z_]+)(?:/(\d+))?(?:\?(.*))?$', path)
    if not m or m.group(1) not in resources or m.group(1) == 'images':
        continue
    res, q = m.group(1), urllib.parse.parse_qs(m.group(3) or '')
    if 'schema' in q or 'price' in ''.join(q.keys()) or any(k.startswith('price[') for k in q):
        continue
    b = body(e)
    if not b:
        continue
    harvest = i < first_write and 'language' not in q and 'date' not in q
    display = q.get('display', [None])[0]
    complete = display in (None, 'full')
    if b.endswith('.xml'):
        try:
            top = ET.parse(b).getroot()[0]
        except Exception:
            continue
        items = [top] if top.tag == resources[res].get('singular') else list(top)
        for it in items:
            if not len(it):
                continue
            ent = parse_entity(res, it)
            key = (res, ent.get('id'))
            if not harvest:
                continue
            if complete:
                full.setdefault(key, ent)
            else:
                partial.setdefault(key, {}).update(ent)
    elif b.endswith('.json'):
        try:
            doc = json.load(open(b))
        except Exception:
            continue
        if not isinstance(doc, dict):
            continue
        for k, v in doc.items():
            objs = v if isinstance(v, list) else [v]
            for o in objs:
                if isinstance(o, dict):
                    note_json(res, o)
                    if harvest and isinstance(v, list) and 'id' in o:
                        ent = from_json(o)
                        key = (res, ent['id'])
                        if complete:
                            full.setdefault(key, ent)
                        else:
                            partial.setdefault(key, {}).update(ent)

# ---- JSON types, XML attrs, field order from harvested entities
for name, r in resources.items():
    sample = next((v for (rr, _), v in sorted(full.items(), key=lambda kv: (kv[0][0], int(kv[0][1] or 0))) if rr == name), None)
    if sample is not None:
        # recorded field order wins (e.g. id first); keep synopsis flags
        byname = {f['name']: f for f in r['fields']}
        fields = []
        for k, v in sample.items():
            if k == 'associations':
                continue
            f = byname.get(k, {'name': k})
            if isinstance(v, dict): f['i18n'] = True
            fields.append(f)
        for f in r['fields']:
            if f['name'] not in sample: fields.append(f)
        r['fields'] = fields
        if 'associations' in sample and not r['associations']:
            for a, rows in sample['associations'].items():
                r['associations'].append({'name': a, 'nodeType': None, 'api': a, 'virtual': False,
                                          'fields': [{'name': k} for k in (rows[0].keys() if rows else ['id'])]})
    for f in r['fields']:
        at = xml_attrs.get((name, f['name']), {})
        if 'href' in at: f['href'] = at['href']
        extra = {k: v for k, v in at.items() if k not in ('href',)}
        if extra: f['xmlAttrs'] = extra
        t = json_types.get((name, f['name']))
        if t is None:
            fmt = f.get('format', '')
            t = 'num' if (f['name'] == 'id' or fmt in ('isUnsignedId', 'isUnsignedInt', 'isInt', 'isNullOrUnsignedId')) else 'str'
        f['json'] = t
        if (name, f['name']) in nullable: f['nullable'] = True
    for a in r['associations']:
        for af in a['fields']:
            t = json_types.get((name, a['name'], af['name']))
            af['json'] = t or ('num' if af['name'] == 'id' or af['name'].startswith('id_') else 'str')

# ---- list ids and seed
seed = {}
for name, r in resources.items():
    p = os.path.join(corpus, 'bodies', 'list-' + name.replace('_', '-') + '.response.xml')
    if name == 'images' or not os.path.exists(p):
        continue
    try:
        lst = ET.parse(p).getroot()[0]
    except Exception:
        continue
    ids = [it.get('id') for it in lst if it.get('id')]
    ents = []
    templates = sorted([(int(k[1]), v) for k, v in full.items() if k[0] == name and k[1]])
    for i in ids:
        ent = full.get((name, i))
        if ent is None:
            if not templates:
                continue
            tid, t = min(templates, key=lambda tv: abs(tv[0] - int(i)))
            ent = json.loads(json.dumps(t))
            ent['id'] = i
            ent.update(partial.get((name, i), {}))
            ent['_synth'] = True
        ents.append(ent)
    seed[name] = ents

os.makedirs(out, exist_ok=True)
json.dump({'resources': [resources[n] for n in order]}, open(os.path.join(out, 'model.json'), 'w'), ensure_ascii=False, indent=0)
json.dump(seed, open(os.path.join(out, 'seed.json'), 'w'), ensure_ascii=False, separators=(',', ':'))
print('resources', len(resources), 'seeded', sum(len(v) for v in seed.values()),
      'synthesized', sum(1 for v in seed.values() for e in v if e.get('_synth')))
for n, v in seed.items():
    s = sum(1 for e in v if e.get('_synth'))
    if s: print(' ', n, len(v), 'synth', s)
