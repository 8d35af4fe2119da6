# Scores the runs in out/ against labels.tsv (docs/evaluation-findings.md).
# Usage: cd testdata/eval14/out && [NEW=now] python3 ../score.py owner+repo...
# NEW names the outputs compared with the old binary's: new (the first
# measurement) or now (after the fixes it led to).
import re,sys,collections,os
labels=collections.defaultdict(list)
for i,l in enumerate(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels.tsv'))):
    if i==0: continue
    repo,pos,kind,cat,what=l.rstrip('\n').split('\t')
    labels[repo.replace('/','+')].append((pos,kind,cat,what))
SCOPE={'requirement','import','call','model','indirect'}
def parse(path,d):
    prim=[];supp=[]
    if not os.path.exists(path): return None
    for line in open(path):
        line=line.rstrip('\n')
        line=line.replace('/tmp/eval14/'+d+'/','').replace(d+'/','')
        if line.startswith('biometriclint:'): continue
        m=re.match(r'^(\t?)(\S+?):(\d+):(\d+): (.*)$',line)
        if not m: continue
        tab,f,ln,col,msg=m.groups()
        cat=re.search(r'\[([a-z-]+)[;\]]',msg)
        cat=cat.group(1) if cat else '?'
        if tab:
            if msg.startswith('supporting:'): supp.append((f'{f}:{ln}',cat,msg))
            continue
        prim.append((f'{f}:{ln}',cat,msg))
    return prim,supp
dirs=sys.argv[1:]
print('| repository | mode | labelled uses (in scope + other) | old findings | new findings | new supporting | uses found old | uses found new | right category old | right category new | extra old | extra new |')
print('|---|---|---|---|---|---|---|---|---|---|---|---|')
detail=[]
for d in dirs:
    L=labels.get(d,[])
    ins=[x for x in L if x[1] in SCOPE]; oth=[x for x in L if x[1] not in SCOPE]
    for mode in ['audit','typed']:
        o=parse(f'{d}.{mode}.old.txt',d); n=parse(f'{d}.{mode}.'+os.environ.get('NEW','new')+'.txt',d)
        if o is None or n is None:
            print(f'| {d.replace("+","/")} | {mode} | {len(ins)} + {len(oth)} | not run | | | | | | | | |'); continue
        # audit cannot see indirect uses (analyzer not run): count them apart
        def found(res):
            prims={p for p,_,_ in res[0]}
            return [x for x in L if x[0] in prims]
        fo=found(o); fn=found(n)
        lpos={x[0] for x in L}
        # extra: primary findings at a line with no label; several findings on one labelled line beyond the first also count
        def extra(res):
            seen=collections.Counter(); ex=[]
            for p,c,m in res[0]:
                seen[p]+=1
                if p not in lpos or seen[p]>1: ex.append((p,c,m))
            return ex
        eo=extra(o); en=extra(n)
        # a found use has the right category when the first primary finding on its line has the labelled category
        def rightcat(res,fs):
            first={}
            for p,c,m in res[0]: first.setdefault(p,c)
            return [x for x in fs if x[1] in SCOPE and first.get(x[0])==x[2]]
        ro=rightcat(o,fo); rn=rightcat(n,fn)
        fo_in=[x for x in fo if x[1] in SCOPE]; fn_in=[x for x in fn if x[1] in SCOPE]
        supp_uses=[x for x in L if x[0] in {p for p,_,_ in n[1]} and x[0] not in {p for p,_,_ in n[0]}]
        print(f'| {d.replace("+","/")} | {mode} | {len(ins)} + {len(oth)} | {len(o[0])} | {len(n[0])} | {len(n[1])} | {len(fo_in)}/{len(ins)} | {len(fn_in)}/{len(ins)} | {len(ro)} | {len(rn)} | {len(eo)} | {len(en)} |')
        lost=[x for x in fo if x not in fn]
        missed=[x for x in ins if x not in fn]
        wrong=[(x,dict((p,c) for p,c,m in reversed(n[0])).get(x[0])) for x in fn_in if x not in rn]
        detail.append((d,mode,missed,lost,supp_uses,en,[x for x in fn if x[1] not in SCOPE],wrong))
print()
for d,mode,missed,lost,su,en,oth,wrong in detail:
    print(f'### {d} {mode}')
    for x in missed: print('  missed (new):',x[0],x[1],x[2])
    for x in lost: print('  LOST vs old:',x[0],x[1])
    for x in su: print('  use only as supporting:',x[0])
    for x in oth: print('  out-of-scope use found:',x[0],x[1])
    for x,c in wrong: print('  wrong category (new):',x[0],'labelled',x[2],'reported',c)
    for p,c,m in en: print('  extra new:',p,c,m[:110])
