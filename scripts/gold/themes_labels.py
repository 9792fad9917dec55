"""The annotator's theme decisions, one line per paragraph (non-blank line) of each document.

A line is `N CODES` or `N-M CODES` (paragraph numbers, 1-based over non-blank lines), then an optional `# note`.
CODES: r = reception, s = residence, a = asylum, d = detention; `-` = no theme. The notes name the content in
the annotator's words (never the document's sentences). Conventions: corpora/gold/README-themes.md.
"""

SRC = "shared/corpora/{sub}/{name}.txt, themes per paragraph annotated by hand (docanalyze issue 6)"


def _src(sub: str, name: str) -> str:
    return SRC.format(sub=sub, name=name)


UNDOCUMENTED = """
1 sd      # title: undocumented migrants, detention
2 -       # byline
3-5 d     # detention capacity, interceptions and orders to leave, forced returns, Frontex escorts
6 s       # undocumented people's medical care and legal aid
7 sd      # support for irregular migrants, resistance to returns, right to work
8-10 d    # closed centres, new centres, forced returns
11-15 -   # footnotes: references and URLs only
16 d      # footnote: number of (detention) centres
17 d      # footnote: NGOs accredited to visit the (closed) centres
18-21 -   # web page furniture
"""

AIDA = """
1 sd      # title: national protection statuses and return procedure
2 -
3 sd      # report title line
4-5 -
6 s       # heading: national forms of protection
7 s       # four residence procedures
8-11 s    # medical regularisation (9ter): heading, grounds, timing, written procedure
12-19 s   # 9ter admissibility conditions (lead-in and list items)
20-23 s   # 9ter exclusion and merits
24-25 s   # 9ter permit, renewal, family reunification, appeal
26-32 s   # 9ter statistics: caption, header row, rows, comment
33-34 s   # best-interest (durable solution) procedure for unaccompanied minors
35 rs     # + a sentence on UAM access to Fedasil material aid
36-37 s
38 d      # outcome: return to the country of origin
39-41 s   # outcomes: reunion with parents abroad, stay in Belgium; time limit
42-45 d   # return of a UAM: guarantees and conditions
46 sd     # return decision, stay until 18, then irregular stay and order to leave
47-49 s   # durable solution in Belgium; family reunification; table caption
50-53 ds  # table: legal stay vs return order
54 -      # source line
55 ds
56-60 s   # trafficking victims' residence permit: heading, conditions
61-70 s   # specialised centres, permit steps, table caption and rows
71 d      # table row: orders to leave the territory
72-83 s   # humanitarian regularisation (9bis)
84 sa     # 9bis profile: unreasonably long asylum procedure
85-93 s   # 9bis permit, appeal, statistics
"""

ARIZONA = """
1-7 -     # introduction, rhetoric, announcement of topics
8-11 -    # list of the four topics (acts as a table of contents)
12-19 d   # detention part, closed centres master plan
20 -      # minister in charge, general policy
21 d
22-23 -   # slogans on migration control, free movement
24-26 d   # more closed centres
27 ad     # Dublin centres focused on return
28-30 d   # detention of children; slogans on closed centres
31 -      # heading: prisons abroad
32 sd     # loss of residence permits after offences, then closed centre and expulsion
33-36 d   # prisons abroad for people without papers, deportation after sentence
37 -      # slogan on prisons
38-49 d   # places of detention; maximum duration of detention
50 ad     # heading: no asylum applications during detention
51-52 sad # quote and comment: asylum and residence applications from closed centres
53-54 ad  # subsequent asylum application as last resort against deportation
55 d
56 a      # slogan: access to asylum
57-61 d   # deportations, orders to leave, forced returns
62 d
63 -      # slogan: right to choose where to live
64-74 d   # voluntary return, ICAM, return coaches, readmission diplomacy
75-76 -   # slogans
77-83 d   # arrests, home raids for removal
84 -      # slogan on police
85-90 d   # Frontex on Belgian territory, deportations by air
91 -      # slogan on borders
92 d      # abolish Frontex
93-94 -   # conclusions: general
95 d      # abusive detention, unfounded expulsions
96 -
97 d      # closed centres
98-100 -  # general calls; NO ONE IS ILLEGAL
101 d
102 -
103 d
104 s     # PAPERS FOR EVERYONE
105-110 - # slogan, links to the four parts (table of contents)
"""

INTEGRATION = """
1-4 -     # navigation, integration governance, population figures
5 s       # permits for family reunification, study and work
6 s       # naturalisations
7-42 -    # migration balance; integration strategy and programmes; Foreigners Law heading
43 sa     # legal stay of recognised refugees limited
44-45 a   # asylum law, Geneva Convention criteria
46-47 -   # integration law
48-49 s   # nationality law, naturalisation
50-52 -
53 rsa    # authorities: residence permits, asylum decisions, reception
54-97 -   # regional integration bodies, funds, stakeholders
"""

CIRE = """
1-5 -     # cover
6-41 -    # table of contents (its section names included)
42-44 -   # imprint
45 rad    # CIRÉ's aims: reception, recognition of refugees, fight against detention
46-47 -
48 s      # migration policies: work, family life, humanitarian grounds
49 a      # protection policy for asylum seekers
50 -      # reception of newcomers (integration)
51 d      # detention and expulsion policies
52-54 -
55 r      # asylum seekers' reception service
56-130 -  # other services, organisation, members, editorial on repression in general
131 s     # family reunification tightened, nationality fees
132 r     # non-reception policy
133 rd    # (continued line) condemnation for non-reception; coming reform on home inviolability
134-150 - # editorial close, list of services, section heading, "Contexte"
151 r     # ADA reception structure, places for vulnerable people
152-153 -
154-156 r # reception partners and network
157-162 r # medical and UAM places, occupancy, transfers between reception phases
163 -     # heading naming vulnerable groups only
164-165 r # places for LGBTQIA+ people and families, Fedasil network
166-168 - # guardianship project Bambou
169 a     # guardians accompany UAMs in their asylum procedure
170-171 -
172 r     # end and limitation of material aid, compulsory place of registration
173 -
174-175 r # Fedasil audits, health costs, new places
176 -
177-178 r # staff: reception structure coordinator, medical referent
179 rs    # staff: lawyer on the right to reception and on residence
180 -
181 r     # staff: UAM referent, Fedasil contact, transfers
182-183 -
184 sa    # general service: access to residence and asylum procedures
185 -
186-187 s # administrative situation, undocumented, reunification, renewal, single permit
188 -
189 a     # case: recognised as refugee
190 -     # case: family flees across a border
191-192 s # family reunification visa, granted
193-194 -
195 sd    # fears on reunification and nationality; orders to leave, ICAM
196 -
197 s     # measures making residence precarious
198-284 -  # information sessions; French school; housing; diploma recognition and work
285 s     # staff: complex residence situations
286-288 -
289 s     # staff: access to student residence
290 -
"""

COM032 = """
1 -       # meeting header
2-9 d     # death in a closed centre: question title, question, answer on transparency of closed centres
10 -      # thanks
11 d
12-13 -   # incident closed; joined questions
14-22 r   # asylum reception in hotels: titles, questions, answer, cost per place
23-24 ra  # + claims on asylum pressure and inflow figures
25 r
26 -      # one-word interjection
27 ra     # no measures against inflow, hence hotel reception
28 -
29 r      # question title: penalty payments and seizures (non-reception case law)
30 -      # refers to the written question
31-37 r   # penalty payments against Fedasil, seizures, public sales
38 -      # earlier written question
39-41 r   # answer: condemnations of Fedasil, seizures, reception budgets
42 ra     # penalty payments, inflow of asylum seekers
43 a      # measures to lower the inflow of asylum seekers
44-45 -
46-65 d   # bedbugs, staff and capacity in closed centres, new centre
66 -
"""

COM237 = """
1-2 -
3-4 d     # question titles: annual reports of closed centres
5 -       # procedural remark
6-12 d    # reports of closed centres, MPs' access to closed centres
13-15 -   # access to documents in general; incident closed
16 r      # question title: hotel reception
17 -      # aside
18-23 r   # hotel reception: numbers, cost, temporary places
24 -
25-30 r   # limiting material aid: Cassation ruling, refusal grounds, M-status, Fedasil assessment
31-32 -
33-38 d   # return centres, capacity, master plan, temporary closed centres
39 sad    # + applications for asylum or residence from closed centres
40-43 d   # new centres, extra places, escorts
44 rd     # prison boat used for asylum reception vs return centre
45 -
46-64 d   # forced return to Afghanistan
65 -      # no microphone
66 d
67 -
"""

IP059NL = """
1 -
2 r       # bill amending the Reception Act
3-5 -     # procedural
6 ra      # reception full; asylum shopping, abuse of the procedure
7 r       # no reception for those recognised elsewhere
8 ra      # new applications for children to prolong reception and the procedure
9 r       # no integration income without reception; material aid
10 ra
11 sd     # package: family reunification, home visits, return
12 -      # support for the minister
13-14 ra  # exclusion from reception; Dublin cases, subsequent applicants
15 r
16 -      # the bill's measures as crisis measures (no content)
17-18 r   # hotel reception
19 ad     # plan to cut the asylum inflow, return policy
20 -
21-26 r   # exclusion from reception, Council of State, waiting list, the street
27 -      # grip on migration
28 ra     # repeat applications to prolong reception, inadmissibility
29 a      # examining new elements in each application
30-32 r   # integration income outside the reception network, Fedasil
33 ra     # lower inflow, raise outflow, local reception initiatives
34-37 r
38 -
39 a      # pressure on the asylum services
40 ra     # pressure on reception from high asylum inflow
41-42 r   # people protected elsewhere in reception
43-45 ra  # limiting material aid, procedural abuse, inflow
46-47 -
48 ra
49 r
50 d      # home visits in the coalition agreement
51 ra     # specialised places; parents prolonging procedures
52-53 r
54 -
55 r
56 -      # chair
57-60 r   # exclusion from reception, people on the street
61 a      # quoted post on tightening asylum policy
62-64 r   # Fedasil instruction, vulnerable profiles
65-76 -   # procedural: end of discussion, articles, amendment
"""

IP062NL = """
1 -
2 s       # bill on family reunification conditions
3-5 -
6 a       # curbing inflow, forecast of asylum applications
7 s
8 sa      # lenient reunification attracts asylum applications
9-16 s    # follow-up migration, income threshold, waiting periods, exceptions, debate on reunification
17 -      # political exchange
18-19 s   # income condition, labour migrants' reunification
20-21 -   # self-reliance, language and values (integration)
22-23 s   # tighter conditions, language test abroad, next steps on reunification
24-26 -   # minister: procedural, the bill is humane, within the EU framework
27-36 s   # electronic application, UAMs, refugees vs subsidiary protection, income, waiting time
37 a      # CGRS stays independent
38 s
39 -      # guardianship service for arriving UAMs
40-42 -   # migration code, migration department
43 s      # no collective regularisation
44 s      # reunification for labour migrants
45-48 -
"""

JUPORTAL_NL = """
1-2 d     # release requests against detention titles, damages, art. 5 ECHR
3 -       # admissibility of the State's appeal (representation): procedure only
4 -       # holding: unanimity not required (procedure only, as the brief says)
5 d       # detention in a designated place: individual examination
6-7 da    # detention of applicants: identity for the examination; application made to delay return
8-10 d    # review by the investigating courts, effective remedy, damages
11 da     # border detention, refusal of the protection application, refoulement
12-14 d   # repatriation, effective remedy, detention during a Council of State appeal
15 da     # border procedure: four weeks give the right to enter
16 -      # trafficking offence (criminal law)
17 rs     # material aid and urgent medical aid for irregularly staying families
18-24 r   # Fedasil material aid, saturation, compulsory place of registration
"""

COM156 = """
1 -
2-4 a     # abusive asylum applications: accelerated treatment, categories, figures
5 ra      # impact of the fight against abuse on the reception network
6-11 a    # special procedures of the CGRS, inadmissibility, accelerated procedure, delays
12 ra     # protected elsewhere: limited reception and treatment; EU pact
13-14 a   # procedure too long; EU pact
15 ra     # workload of abusive applications for services providing reception
16 -
17-21 r   # reception policy: title, crisis, phased reduction of reception places
22-24 ra  # capacity vs number of asylum applications; crisis from high numbers; fewer arrivals
25 r
26 -      # political exchange
27 ra     # crisis package for asylum and reception
28 r      # limited access to reception
29-30 a   # limited treatment of applications, hearing delay
31 rsa    # integration income abolished, material aid only; reunification vs asylum applications
32-34 r   # relieving the network, hotels and local reception initiatives, buffer places
35 ra     # buffer policy incl. asylum bodies' staff
36-37 -
38 r      # local reception initiatives, public social welfare centres
39 -
"""

IP059FR = """
1 -
2 r       # bill amending the Reception Act
3-4 -
5-6 r     # reception reform, material aid as the rule, social welfare centres
7-8 ra    # places for first applicants; abuse of multiple applications
9 r       # survival of the reception system
10 -      # evaluation of the bill (no content)
11 d      # home visits for foreigners
12 -      # the bill "removes rights" (no content)
13-17 r   # social aid via welfare centres, sick applicants, Fedasil network, dignity
18 rsad   # minors: reception, subsequent application, detention of children, reunification
19-21 r   # minors' rights; people in Fedasil centres made precarious
22 -      # vote against
23-26 r   # lack of reception places, people on the street, financial aid
27 -
28-31 r   # shelter for asylum seekers, distribution over municipalities, people on the street
32 -      # migration flows and development cooperation
33-34 r   # specific profiles in Fedasil centres, minors
35 a      # protection already obtained in Greece, choice of destination
36 -
37 ra     # fast recognition decisions would free places in centres
38-39 a   # presumption of bad faith of applicants for protection
40 r      # M-status circular in the Reception Act
41-51 -   # procedural
"""

JUPORTAL_FR = """
1 -       # holding: new plea before the Court (procedure only)
2-4 d     # new coercive act for removal, autonomous title, re-detention, art. 71 recourse
5 sd      # registration certificate: authorised stay, implicit withdrawal of the order to leave
6 -       # holding: no identity of cause between two appeals (procedure only)
7 s       # stateless persons' right of residence
8 -       # holding: judge remedies unconstitutional gaps (general)
9-20 d    # judicial review of detention, art. 5.4 ECHR, return directive, repatriation, arrest
21 -      # holding: effect of a breach of the right to be heard (general)
22-23 d   # res judicata in detention review; immediate appeal against detention orders
24 -      # holding: connexity of two appeals (procedure only)
25 d
26 sd     # 9ter authorisation vs earlier return decision
27 d
28 s      # EU citizens' residence conditions
"""

DOCS: dict[str, tuple[str, str, str, str]] = {
    "undocumented-migrants-belgium.en": (
        "dev",
        "en",
        _src("dev", "undocumented-migrants-belgium.en"),
        UNDOCUMENTED,
    ),
    "aida-be-national-protection.en": ("dev", "en", _src("dev", "aida-be-national-protection.en"), AIDA),
    "arizona-agreement-analysis.en": ("dev", "en", _src("dev", "arizona-agreement-analysis.en"), ARIZONA),
    "integration-governance-belgium.en": (
        "dev",
        "en",
        _src("dev", "integration-governance-belgium.en"),
        INTEGRATION,
    ),
    "cire-annual-report-services.fr": ("dev", "fr", _src("dev", "cire-annual-report-services.fr"), CIRE),
    "kamer-criv56-com032-opvang-gesloten-centra.nl": (
        "real",
        "nl",
        _src("real", "kamer-criv56-com032-opvang-gesloten-centra.nl"),
        COM032,
    ),
    "kamer-criv56-com237-terugkeer-opvang.nl": (
        "real",
        "nl",
        _src("real", "kamer-criv56-com237-terugkeer-opvang.nl"),
        COM237,
    ),
    "kamer-criv56-ip059-opvangwet-debat.nl": (
        "real",
        "nl",
        _src("real", "kamer-criv56-ip059-opvangwet-debat.nl"),
        IP059NL,
    ),
    "kamer-criv56-ip062-gezinshereniging-debat.nl": (
        "real",
        "nl",
        _src("real", "kamer-criv56-ip062-gezinshereniging-debat.nl"),
        IP062NL,
    ),
    "juportal-fiches-vreemdelingenwet.nl": (
        "real",
        "nl",
        _src("real", "juportal-fiches-vreemdelingenwet.nl"),
        JUPORTAL_NL,
    ),
    "kamer-criv56-com156-asile-accueil.fr": (
        "real",
        "fr",
        _src("real", "kamer-criv56-com156-asile-accueil.fr"),
        COM156,
    ),
    "kamer-criv56-ip059-loi-accueil-debat.fr": (
        "real",
        "fr",
        _src("real", "kamer-criv56-ip059-loi-accueil-debat.fr"),
        IP059FR,
    ),
    "juportal-fiches-loi-etrangers.fr": (
        "real",
        "fr",
        _src("real", "juportal-fiches-loi-etrangers.fr"),
        JUPORTAL_FR,
    ),
}
