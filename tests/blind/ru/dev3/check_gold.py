import csv,re,collections,os
os.chdir('/work/main/tests/blind/ru/dev3')
rows=list(csv.DictReader(open('gold.csv',encoding='utf-8')))
assert list(rows[0].keys())==['doc_id','entity','measure','value','qualifier','number_text','note']
bad=0
for r in rows:
    t=open(r['doc_id']+'.txt',encoding='utf-8').read()
    if r['number_text'] not in t: print('MISSING',r); bad+=1
    float(r['value'])
print('bad',bad)
for f in sorted(os.listdir('.')):
    if f.endswith('.txt'):
        t=open(f,encoding='utf-8').read()
        nums=re.findall(r'\d[\d\u00a0 ]*(?:[.,]\d+)?',t)
        nums=[n.strip() for n in nums]
        g=sum(1 for r in rows if r['doc_id']==f[:-4])
        print(f, 'digit-tokens',len(nums),'gold',g)
