import csv,re,collections
rows=list(csv.DictReader(open('gold.csv',encoding='utf-8')))
bad=0
for r in rows:
    t=open(r['doc_id']+'.txt',encoding='utf-8').read()
    if r['number_text'] and r['number_text'] not in t:
        print('MISSING',r); bad+=1
print('rows',len(rows),'bad',bad)
c=collections.Counter(r['doc_id'] for r in rows); print(c)
# list numbers in each text not covered by a gold number_text
for doc in sorted(c):
    t=open(doc+'.txt',encoding='utf-8').read()
    nts=set(r['number_text'] for r in rows if r['doc_id']==doc)
    nums=re.findall(r'\d[\d.,]*\d|\d',t)
    un=[n for n in nums if not any(n in x for x in nts)]
    print(doc,'numbers',len(nums),'wc',len(t.split()),'not in gold:',un)
