import csv
R=[]
def a(doc,ent,meas,val,q='',nt='',note=''):
    R.append([doc,ent,meas,val,q,nt,note])
d='nlf01_wire'
a(d,'WORLD','returned','5600','at least','5600','"Zeker" = at least')
a(d,'WORLD','countries_of_return','33','','33')
a(d,'WORLD','departed','40000','more than','40.000')
a(d,'WORLD','countries_of_origin','110','more than','110','"ruim" = more than')
a(d,'RUS','departed','3417','','3417','ranked parenthetical list')
a(d,'SAU','departed','3244','','3244')
a(d,'JOR','departed','3000','','3000')
a(d,'TUN','departed','2962','','2962','planted AFP transposition of 2,926; gold follows the text')
a(d,'FRA','departed','1910','','1910')
a(d,'EU','departed','5000','about','5000','"circa"')
a(d,'EU','return_share','30','at least','30 procent','AFP-style "minstens 30 procent" (report/RAN: about 30)')
a(d,'NLD','departed','280','about','280','"naar schatting"')
a(d,'NLD','returned','50','about','vijftig','number word; "van hen" refers back to the Netherlands')
a(d,'BEL','departed','500','nearly','500','"bijna"')
a(d,'NLD','killed','45','at least','45','AIVD figure, Dutch travellers killed in the conflict zone')

d='nlf02_radio'
a(d,'WORLD','returned','5600','at least','vijfduizend zeshonderd','number words in speech')
a(d,'WORLD','countries_of_return','33','','drieëndertig')
a(d,'WORLD','departed','40000','more than','veertigduizend','"ruim"')
a(d,'WORLD','return_share','14','about','veertien procent','share computed by the speaker herself (5,600/40,000), not a report figure')
a(d,'NLD','departed','280','about','tweehonderdtachtig')
a(d,'NLD','returned','50','about','vijftig','"een stuk of vijftig"')
a(d,'NLD','return_share','20','less than','een op de vijf','presenter: "nog niet eens een op de vijf" = less than one in five returned')
a(d,'GBR','departed','850','','850')
a(d,'GBR','return_share','50','about','de helft','"ongeveer de helft"')
a(d,'DNK','return_share','50','about','de helft','"Hetzelfde beeld" carries the UK\'s about-half over to Denmark and Sweden')
a(d,'SWE','return_share','50','about','de helft','see DNK')
a(d,'CENTRAL_ASIA','departed','5000','about','vijfduizend','"rond de"')
a(d,'CENTRAL_ASIA','return_share','10','only','tien procent','"slechts"')
a(d,'TJK','departed','1300','','dertienhonderd')
a(d,'TJK','returned','147','','honderdzevenenveertig','voluntary returns')
a(d,'TUR','returned','900','about','negenhonderd','"zo\'n"; 7240 arrested in Turkey is not a claim (detained)')
a(d,'USA','departed','129','','129')
a(d,'USA','returned','7','only','zeven','"maar zeven"')
a(d,'USA','traveled_or_attempted','300','about','driehonderd','FBI: gone or tried to go')

d='nlf03_column'
a(d,'BEL','returned','100','more than','100','"een dikke 100" (a good 100) read as more than')
a(d,'BEL','departed','500','just under','500','"een kleine 500" (a small 500) read as just under; could also be "nearly"')
a(d,'BEL','returned','102','more than','102','second hedge/value for the same measure, as in HLN')
a(d,'EUROPE','returned','5600','','5.600','planted NL Times misreading: the 33-country world total presented as Europe-wide')
a(d,'EUROPE','return_share','33.3','about','een derde','"ongeveer een derde van wie vertrok"')
a(d,'GBR','return_share','50','','de helft')
a(d,'GBR','returned','425','','425','"425 van de 850"')
a(d,'GBR','departed','850','','850')
a(d,'AUT','departed','296','','296')
a(d,'AUT','returned','90','','90')

d='nlf04_qa'
a(d,'WORLD','departed','40000','more than','40.000')
a(d,'WORLD','countries_of_origin','110','at least','110','"minstens 110 landen"')
a(d,'WORLD','names_collected','19000','about','19.000','Interpol names of the 40,000 ("van hen")')
a(d,'FORMER_SOVIET_UNION','departed','8700','more than','8,7 duizend','decimal comma + "duizend"; "ruim"')
a(d,'MIDDLE_EAST','departed','7054','','7054')
a(d,'EU','departed','5718','','5718','planted Infobae-style misreading: the Western Europe total labelled as the EU\'s; gold follows the text')
a(d,'MAGHREB','departed','5319','','5319')
a(d,'IDN','departed','600','about','600')
a(d,'WORLD','returned','5600','at least','5600','"Zeker 5600"')
a(d,'WORLD','countries_of_return','33','','33')
a(d,'TUR','returned','900','','900')
a(d,'TUN','returned','800','','800')
a(d,'SAU','returned','760','','760')
a(d,'EUROPE','returned','1200','about','1200','"In Europa zou het om ongeveer 1200 mensen gaan"')
a(d,'EUROPE','return_share','33.3','','een derde','"een derde van de Europese strijders"')
a(d,'NLD','departed','280','','280')
a(d,'NLD','women_departed','90','about','negentig','"een op de drie een vrouw" is a women share of departures: no measure, not a claim')
a(d,'NLD','children_departed','90','about','negentig','children who left with parents or were born there')
a(d,'AUS','departed','165','more than','165','"ruim"')
a(d,'AUS','women_children','95','at least','95')
a(d,'GBR','returned','425','','425')
a(d,'GBR','women_returned','100','about','100','planted Sciclonic-style misreading: women/children attached to the 425 returnees (source: among the 850 who left)')
a(d,'GBR','children_returned','50','','50','"zo\'n" read as scoping over 100 only; see women_returned')
a(d,'USA','charged','135','','135')
a(d,'USA','convicted','77','','77')
a(d,'USA','departed','129','','129','"in Syrië of Irak aankwamen"')
a(d,'USA','returned','7','only','zeven','"slechts zeven"')

d='nlf05_regio'
a(d,'BEL','departed','500','nearly','500','"bijna 500"')
a(d,'BEL','returned','100','more than','100','headline and lead')
a(d,'BEL','women_departed','85','','85','"Onder de Belgische uitreizigers"')
a(d,'BEL','children_departed','118','','118')
a(d,'NLD','departed','280','','280','17 million inhabitants is a population, not a claim')
a(d,'NLD','returned','50','about','50')
a(d,'FRA','returned','271','','271','"271 van zijn 1910"')
a(d,'FRA','departed','1910','','1910')
a(d,'MAR','departed','1623','','1623','demonym "Marokkanen"')
a(d,'MAR','returned','200','nearly','200','"bijna 200"')
a(d,'WORLD','countries_of_return','33','','33','"33 landen waar teruggekeerde strijders zijn opgedoken"; OCAD 562 (2015) explicitly superseded, not a claim')

d='nlf06_tabel'
a(d,'WORLD','departed','40000','more than','40.000','fact box')
a(d,'WORLD','countries_of_origin','110','more than','110')
a(d,'WORLD','returned','5600','at least','5600')
a(d,'WORLD','countries_of_return','33','','33')
a(d,'WORLD','return_share','15','about','15 procent','outlet-style derived share (Fox arithmetic)')
a(d,'FORMER_SOVIET_UNION','departed','8717','','8717')
a(d,'WESTERN_BALKANS','departed','900','about','900')
a(d,'WESTERN_BALKANS','returned','250','about','250','"circa 250"')
tab=[('RUS','3.417','3417','400','12'),('SAU','3.224','3224','760','24'),('JOR','3.000','3000','250','8'),
('TUN','2.926','2926','800','27'),('FRA','1.910','1910','271','14'),('MAR','1.623','1623','198','12'),
('UZB','1.500','1500','geen','0'),('TJK','1.300','1300','147','11'),('UYGHURS','1.200','1200','geen','0'),
('DEU','915','915','300','33'),('KGZ','500','500','44','9'),('KAZ','500','500',None,None),('AUT','296','296','90','30'),
('BIH','248','248','50','20'),('GEO','200','200','50','25'),('CAN','180','180','60','33'),('AUS','165','165','40','24'),
('USA','129','129','7','5')]
for e,dt,dv,r,p in tab:
    note=''
    if e=='SAU': note='planted typo 3,224 for 3,244 (Delfi/Rosbalt); gold follows the table'
    a(d,e,'departed',dv,'',dt,note)
    if r is not None:
        if r=='geen':
            a(d,e,'returned','0','','geen','"geen" (none) in the table, probably a missing value read as zero; prose also says "niemand"')
        else:
            a(d,e,'returned',r,'',r)
        a(d,e,'return_share',p,'',p,'percentage computed by the outlet ("berekenden zelf"), rounded')
a(d,'','departed','23233','','23.233','totals row covers only the 18 listed countries, so entity left empty')
a(d,'','returned','3467','','3.467','totals row of 17 countries (Kazakhstan excluded); entity left empty')
a(d,'TUR','returned','900','about','900','"zo\'n 900 ... zouden zijn teruggekeerd" in the closing prose')

d='nlf07_repost'
a(d,'WORLD','returned','5700','','5700','headline figure differs from body (5600)')
a(d,'WORLD','returned','5600','at least','5600','"zeker"')
a(d,'WORLD','countries_of_return','33','','33')
a(d,'TTO','departed','130','about','130','"Naar schatting"; demonym Trinidadianen')
a(d,'TTO','returned','10','less than','tien','"minder dan tien"; figure attributed to the T&T government')
a(d,'NORTH_AMERICA','departed','439','','439')
a(d,'CAN','departed','180','about','180','"rond de"')
a(d,'CAN','returned','60','about','60')
a(d,'USA','departed','129','','129')
a(d,'USA','returned','7','','zeven')
a(d,'RUS','departed','3417','','3417')
a(d,'SAU','departed','3244','','3.244','the 3.224 in the correction notice is explicitly superseded, not a claim')
a(d,'TUN','departed','2926','','2.926')
a(d,'IDN','departed','600','about','600','"zo\'n"')
a(d,'MYS','departed','100','more than','100','"Maleisië (ruim 100)"')
a(d,'PHL','departed','100','about','100','"de Filipijnen (circa 100)"')

d='nlf08_liveblog'
a(d,'SWE','return_share','50','about','de helft')
a(d,'DNK','return_share','50','about','de helft')
a(d,'FIN','departed','80','about','80')
a(d,'FIN','returned','20','about','20','"zo\'n 20"')
a(d,'BIH','departed','248','','248','"248 mannen": men only; no men measure, so departed (as Klix.ba)')
a(d,'BIH','women_departed','60','','60')
a(d,'BIH','children_departed','81','','81')
a(d,'XKX','departed','300','more than','300','"ruim 300"')
a(d,'XKX','returned','110','about','110')
a(d,'EGY','departed','600','about','600','"elk zo\'n 600" distributes to Egypt and Libya')
a(d,'LBY','departed','600','about','600')
a(d,'EUROPE','return_share','25','range','20 en 30 procent','"tussen 20 en 30 procent": midpoint')
a(d,'KAZ','departed','500','','500','"elk 500"')
a(d,'KGZ','departed','500','','500')
a(d,'KGZ','returned','44','only','44','"Slechts 44"')
a(d,'WORLD','returned','560','about','560','planted scale error (Al-Akhbar): 560 for 5,600')
a(d,'WORLD','countries_of_return','33','','33','10.14 entry: returnees from 33 countries')
a(d,'TUN','departed','2926','','2.926','2.962 named in the 09.10 correction and the Tunisian government\'s earlier 6000 are explicitly superseded: not claims')
a(d,'WORLD','departed','5600','at least','5600','planted Yahoo-style measure swap: 5,600 "reisden af" (report: returned)')
a(d,'WORLD','countries_of_origin','33','','33','08.32 entry frames the 33 countries as origin of the (mis-stated) travellers; doubtful, see README')

with open('gold.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(['doc_id','entity','measure','value','qualifier','number_text','note']); w.writerows(R)
# checks
import collections
keys=collections.Counter((r[0],r[1],r[2],r[3]) for r in R)
print('dups',[k for k,v in keys.items() if v>1])
for r in R:
    t=open(r[0]+'.txt',encoding='utf-8').read()
    if r[5] not in t: print('MISSING',r)
print(collections.Counter(r[0] for r in R), len(R))
