# English cues for ergraph text ingest: titles, relation cues, modality,
# word lists. Format: docs/lexicon.md. Actors live in lexicons/world/.
#
# Cue words are written in lower case so that they match at a sentence
# start too; titles are capitalized so that they only match as titles.

# ---------------------------------------------------------------- titles
# A title followed by a capitalized name makes a person.
title head_of_state : president | king | queen | emperor | emir | sultan | chairman | general secretary | secretary general | secretary-general
title head_of_government : prime minister | premier | chancellor | first minister
title foreign_minister : foreign minister | minister of foreign affairs | foreign secretary | secretary of state
title deputy : vice president | crown prince | vice premier | vice-premier | deputy prime minister | deputy foreign minister | vice foreign minister
title defense_minister : defense minister | defence minister | minister of defense | minister of defence | defense secretary | defence secretary | secretary of defense
# A title with no name after it ("the Russian president", "North Korea's
# leader") is the person holding the role of that state on the date of the
# sentence (else of the document); roles are tried in order, and a state's
# `office` line may map one to another (lexicons/world/states.lex).
title leader,head_of_state : leader | top leader | paramount leader | supreme leader
title minister : minister | secretary | deputy minister | director | director general | director-general | ambassador | envoy | special envoy | spokesperson | spokesman | spokeswoman | senator | governor | mayor | commander | marshal | admiral | colonel | lieutenant | speaker | chief of staff | representative | special representative | undersecretary | under secretary | lawmaker | opposition leader | state counsellor | trade representative | trade minister | trade secretary | trade commissioner | adviser | advisor | national security adviser | national security advisor | security adviser | chief negotiator | negotiator | counterpart
# An office named with the body or state it serves, after the title ("the
# representative of the United Kingdom", "the speaker for Algeria"): with
# no name and no holder on record, the official stands for that state.
title minister : representative of | permanent representative of | representative for | delegate of | delegation of | speaker for | ambassador of | envoy of | spokesperson for | spokesman for | spokeswoman for

# --------------------------------------------------------- relation cues
# "Pakistan received JF-17 fighters from China": with a weapon word after
# it, a transfer from the actor after "from" (before the diplomacy
# reading of "received" below, which the phrase tries next)
cue arms_transfer verb src=+from tgt=subj window=8 need=materiel : receiv{e,es,ed,ing}
# "received Chinese drones": the seller as the weapon's adjective (before
# the diplomacy reading of "received" too)
cue arms_transfer verb src=obj tgt=subj window=1 need=materiel : receiv{e,es,ed,ing}
# "Cuba has received oil from Venezuela": trade, with a commodity word
# after it (`prep commodity`)
cue cooperation verb src=+from tgt=subj window=8 need=commodity : receiv{e,es,ed,ing}
# "Kyiv has received $40 billion in military aid from Washington" (`prep
# aid` after it; after the trade reading: "oil" is both)
cue support verb src=+from tgt=subj window=10 need=aid : receiv{e,es,ed,ing}
# "Qatar hosts the largest US military base in the Middle East": hosting
# a base (`prep basing`), tried before the diplomacy reading of "hosts"
cue military_cooperation verb src=subj tgt=obj window=4 need=basing : host{,s,ed,ing}
# diplomacy: visits, talks, summits, letters, envoys
cue diplomacy noun src=poss,+by,subj tgt=+to,+with,+between,focus : visit{,s} | trip{,s} | state visit{,s} | official visit{,s} | reciprocal visit{,s}
cue diplomacy verb src=subj tgt=obj,+to window=4 : visit{,s,ed,ing} | travel{,s,ed,led,ing} to | toured | tours
# "talks on Cyprus": the matter, not a party
cue diplomacy noun src=poss,+by,subj tgt=+with,+to,+against,+between : summit{,s} | talks | meeting{,s} | bilateral meeting{,s} | diplomatic ties | diplomatic relations | diplomatic relationship | exchanges | high-level exchanges | bilateral exchanges | dialogue | negotiations | consultations | letter | joint declaration | joint statement | interaction | envoy{,s} | letters | mediation | mediation efforts | peace talks | ceasefire talks | accession talks | membership talks | accession negotiations | membership negotiations | negotiated settlement | negotiated arrangement | negotiated solution
cue diplomacy verb src=subj tgt=obj,+with window=3 : met | meet{,s,ing} | hosted | host{,s,ing} | welcomed | received | held talks | hold talks | spoke with | speak{,s} with | phoned | negotiate{,s,d} | negotiating
cue diplomacy verb src=subj tgt=+with : exchanged letters | exchange{,s} letters | exchanged messages | exchanged greetings | exchanged ambassadors | exchange{,s} ambassadors | exchanged congratulations | established diplomatic relations | restored diplomatic relations | {reopened,reopen,reopens,reopening} their embassies | {restored,restore,restores,restoring} ambassadors
cue diplomacy verb src=subj tgt=obj window=2 : presented | present{s,ing}
# "told Vladimir Putin that ...": the one spoken to, right after the verb
cue diplomacy verb src=subj tgt=obj window=1 : told
# "will send a special envoy to Hanoi", "dispatched a delegation to X" (before
# the title "special envoy")
cue diplomacy verb src=subj tgt=obj window=3 : {send,sends,sent,sending} {a,an,its,the} {envoy,special envoy,delegation} to | {send,sends,sent,sending} {a,an,its,the} {ambassador,high-level delegation} to | {dispatch,dispatches,dispatched} {a,an,its,the} {envoy,special envoy,delegation} to
# embassies ("reopened its embassy in Honiara")
cue diplomacy verb src=subj tgt=obj window=2 : {open,opens,opened,opening,reopen,reopens,reopened,reopening} {an,its,their,the} embassy in | {open,opens,opened,opening,reopen,reopens,reopened,reopening} embassies in
# "received a phone call from the Saudi crown prince": the caller after
# "from", the one called before
cue diplomacy verb src=+from tgt=subj window=8 : {received,receives,receive,receiving} a {phone call,telephone call,call,letter,message,visit}
# "continue to engage with the Taliban", "appointed an ambassador to
# Kabul"
cue diplomacy verb src=subj tgt=obj window=3 : engag{e,es,ed,ing} with | engag{e,es,ed,ing} directly with | {appointed,appoints,named,sent} {an,a new,its} ambassador to
# summons and appeals ("summoned both leaders to Brussels")
cue diplomacy verb src=subj tgt=obj window=2 : summoned | summon{,s} | summoning | appealed to | appeal{,s} to | asked | ask{,s} | requested | invited
# phone calls ("spoke by phone with"), assurances ("assured Nicosia"),
# courting ("the US might respond by courting Haftar")
cue diplomacy verb src=subj tgt=obj,+with window=3 : spoke by phone with | spoke by telephone with | spoke on the phone with | talked by phone with | {held,holds,hold,had} a phone call with | {held,holds,hold,had} a telephone call with | {held,holds,hold,had} phone talks with | {held,holds,hold,had} telephone talks with | assur{e,es,ed,ing} | reassur{e,es,ed,ing} | courted | courting | {held,holds,hold,had} a {telephone conversation,phone conversation,video call,video conference,videoconference,virtual meeting} with
# an appeal made to an actor: like "urged", pressure on a state or group
# ("called on Iran to stop"), a request to a body ("called on the Security
# Council to extend the mandate": `body=diplomacy`); what is asked takes
# its own cue, prescribed (the phrases are modality words too)
cue criticism verb src=subj tgt=obj window=3 body=diplomacy soft=diplomacy : call{,s,ed} on | calling on | call{,s,ed} upon | calling upon
# "switched diplomatic recognition from Taiwan to Beijing"
cue diplomacy noun src=subj tgt=+to window=6 : diplomatic recognition | recognition
# a referral: "took the dispute to the Security Council" (diplomacy with
# the body, not opposition to it)
cue diplomacy verb src=subj tgt=+to window=8 : {took,take,takes,taking,brought,bring,brings,bringing,referred,refer,refers,referring} the {dispute,case,matter,issue,conflict} | {took,take,takes,taking,brought,bring,brings,bringing,referred,refer,refers,referring} {its,their} case
# a mediator relates to each side ("Angola mediated between Kinshasa and
# Kigali")
# with no sides named ("Spain offered to mediate"), the two sides of the
# main dispute (the pair with the most hostile relations so far)
cue diplomacy verb src=subj tgt=+between,obj,dispute window=4 : mediat{e,es,ed,ing} | brokered | broker{s,ing} | facilitated talks | facilitat{e,es,ed,ing} {contacts,dialogue,negotiations} | facilitat{e,es,ing} talks | host{,s,ed,ing} talks | host{,s,ed,ing} {two,three,several,a} {round,rounds} of talks | host{,s,ed,ing} {a,the,the first,the second,a second,a third,the third,a new,the latest} round of talks | offered to host talks | offer{,s,ed} mediation

# "positioned itself as a mediator between Russia and Ukraine"
cue diplomacy verb src=subj tgt=+between,dispute window=6 : as a mediator | as mediator | as an intermediary | as a go-between | as an honest broker | as a facilitator | as facilitator | as a facilitator of talks | as a facilitator of peace talks | as a guarantor of talks
# cooperation
cue cooperation noun tgt=+with,+between,near window=10 : cooperation | co-operation | collaboration | partnership | strategic partnership | comprehensive strategic partnership | trade | bilateral trade | economic ties | economic cooperation | trade ties | relations | relationship | bilateral relations | bilateral relationship | ties | bilateral ties | rapprochement | trade agreement | free trade agreement | trilateral cooperation | cooperation agreement | cooperation model | trade deal
# agreements: only with the other side named after with/between
cue cooperation noun tgt=+with,+between window=8 : agreement{,s} | arrangement{,s} | deal{,s} | accord{,s} | memorand{um,a} | memorandum of understanding | peace agreement{,s} | peace accord{,s} | peace deal{,s} | ceasefire{,s} | cease-fire{,s} | truce{,s} | ceasefire agreement{,s} | ceasefire deal{,s} | armistice | cessation of hostilities
# "opened membership talks with Moldova", "Ukraine's accession talks with
# the bloc"
cue diplomacy noun src=poss,+by,subj tgt=+with,+between window=6 : accession talks | membership talks | accession negotiations | membership negotiations | entry talks
cue diplomacy noun tgt=+with,+between window=8 : normalization | normalisation | normalization of relations | normalisation of relations
cue cooperation verb src=subj tgt=+with window=4 : agreed on | agreed to | agree{,s} on | agree{,s} to | reached an agreement | reached a deal | reach{,es} an agreement
# "Ankara's purchase of Russian air defence systems": with a weapon word
# after it (`prep materiel`), a transfer from the seller (tried before
# the trade reading below)
cue arms_transfer noun src=+from,obj tgt=poss,subj window=6 need=materiel : purchase{,s} of | acquisition{,s} of
# trade: "Turkey's purchase of the Russian S-400", "imports from Qatar"
cue cooperation noun src=poss,subj tgt=obj,+from window=4 : purchase{,s} of | imports of | import{,s} from
# "Chinese firms have taken stakes in Russian gas ventures"
cue cooperation verb src=subj tgt=obj window=6 : invest{,s,ed,ing} in | t{ake,akes,aken,ook,aking} stakes in | t{ake,akes,aken,ook,aking} a stake in | bought stakes in | bought a stake in
# "should coordinate its offers with Wellington"
cue cooperation verb src=subj tgt=+with window=4 : coordinat{e,es,ed,ing}
# "works closely with the African Union"
cue cooperation verb src=subj tgt=obj window=3 : work{,s,ed,ing} closely with | work{,s,ed,ing} together with | work{,s,ed,ing} with | agree{,s,d} with | agreeing with
# "measures taken in concert with the EU, Canada and the United States"
cue cooperation verb src=subj tgt=obj window=3 : in concert with | in coordination with | in close coordination with | jointly with | in tandem with
# arms: "Vietnam remains the largest buyer of Russian weapons": the seller
# after "of", the buyer the subject; read only with a `prep materiel` word
# after it (else the trade reading below)
cue arms_transfer noun src=obj tgt=subj window=3 need=materiel : {largest,main,biggest,top,major,leading,second-largest} {buyer,buyers,importer,importers,customer,customers,purchaser,purchasers} of
# "China is the largest source of Cambodia's military equipment"
cue arms_transfer noun src=subj tgt=poss,obj window=3 need=materiel : {largest,main,biggest,top,major,leading,principal,second-largest} {source,sources,supplier,suppliers,provider,providers,exporter,exporters} of
# trade: "the largest buyer of crude oil exported by Iran"
cue cooperation noun src=subj tgt=obj window=6 : {largest,main,biggest,top,major} {buyer,buyers,importer,importers,customer,customers} of
# "Its main trading partners are the EU and China", "China is Brazil's
# largest trading partner"
cue cooperation noun src=poss,+of tgt=subj,obj window=4 : trading partner{,s} | {main,largest,biggest,top,second-largest,third-largest,leading,principal,key} trading partner{,s}
# "Ghana and Côte d'Ivoire have settled their maritime boundary dispute"
cue cooperation verb src=subj tgt=+with window=4 : {settled,resolved,ended} their {dispute,disputes,differences,border dispute,maritime dispute,territorial dispute,boundary dispute,maritime boundary dispute}
# "cooperate" takes its partner after "with", never as an object ("agreed
# to cooperate on border security, days after clashes between X and Y")
cue cooperation verb src=subj tgt=+with : cooperate{,s,d} | cooperating | co-operate{,s,d} | collaborate{,s,d} | collaborating
cue cooperation verb src=subj tgt=+with,obj : partner{,s,ed} with | struck a deal | strik{e,es,ing} a deal | signed an agreement | signed a deal | signed a treaty | signed a pact | signed an accord | sign{,s,ed} a deal | trade{,s,d} with | trading with | coordinat{e,es,ed,ing} with | coordinat{e,es,ed,ing} closely with | work{,s,ed,ing} closely with | dr{aw,awn,ew,aws} closer to | mov{e,ed,es,ing} closer to | closer ties with | voted with | vote{,s} with | voting with | voted alongside | vote{,s} alongside | signed a ceasefire | signed a truce | agreed to a ceasefire | agreed a ceasefire | agreed to a truce | agreed on a ceasefire
# support
cue support verb src=subj tgt=obj window=6 : voted for | voted in favour of | voted in favor of | support{,s,ed,ing} | backed | backing | backs | endorse{,s,d} | endorsing | defend{,s,ed,ing} | praise{,s,d} | praising | commend{,s,ed,ing} | stand{,s} with | stood with | stand{,s} by | stood by | side{,s,d} with | siding with | help{,s,ed,ing} | aid{,s,ed,ing} | assist{,s,ed,ing} | fund | funded | funding | finance{,s,d} | financing | bankroll{,s,ed,ing} | shelter{,s,ed,ing} | shield{,s,ed,ing} | patroni{s,z}{e,es,ed,ing} | harbo{,u}r{,s,ed,ing}
# "recognised Guaido as interim president" is support; "Serbia does not
# recognise Kosovo", "refused to recognise the results" a stance against
cue support verb src=subj tgt=obj window=6 negated=opposition : recogni{s,z}{e,es,ed,ing}
cue support noun src=poss,+by,+from,subj tgt=+to,+for : support | aid | assistance | military aid | humanitarian aid | financial aid | backing | funding | loan{,s} | grant{,s}
# "the support it has received from the Secretary-General": the giver
# after the phrase, the receiver before
cue support verb src=obj tgt=subj window=6 : receiv{e,es,ed,ing} from
# "turned to Russia for security assistance", "turns to China for loans":
# the one turned to gives (`prep aid` after it)
cue support verb src=obj tgt=subj window=6 need=aid : {turned,turn,turns,turning} to
# troops sent to help an actor ("sent troops to defend the government of
# X"): the purpose says support, not an invasion
cue support verb src=subj tgt=obj window=5 : sen{t,d,ds,ding} troops to {defend,help,support,protect,assist,back,reinforce} | deploy{,s,ed,ing} troops to {defend,help,support,protect,assist,back,reinforce}
# military presence: "deployed about 1,000 troops to Chad", "stationed
# troops in Poland" are military cooperation between the sender and the
# host (like hosting a base, `need=basing` above), not support: the
# purpose, when named, says support ("sent troops to help", above). Not
# "sent troops to" (an invasion as often as not) nor a place of a state
# ("to the Ukrainian border", "on Lebanon's border": no host)
cue military_cooperation verb src=subj tgt=+to window=6 need=basing : deploy{,s,ed,ing}
cue military_cooperation verb src=subj tgt=+in window=6 need=basing : station{,s,ed,ing}
# "approved the sale of F-16 fighter jets to Turkey"
cue arms_transfer verb src=subj tgt=+to window=10 : approv{e,es,ed,ing} the {sale,sales,transfer,delivery,export} of | clear{,s,ed} the {sale,sales,transfer,export} of
# "the United Kingdom is Ukraine's second-largest provider of military
# assistance", "Russia is India's largest arms supplier", "China is the
# largest creditor of Zambia"
cue support noun src=subj tgt=poss,+to,+of window=3 : donor | largest donor | biggest donor | main donor | top donor | provider of {aid,assistance,military aid,military assistance} | {largest,biggest,main,second-largest,leading} provider of {aid,assistance,military aid,military assistance} | creditor | largest creditor | biggest creditor | main creditor
cue arms_transfer noun src=subj tgt=poss,+to window=3 : arms supplier{,s} | weapons supplier{,s} | {largest,biggest,main,top,leading,second-largest} {arms,weapons} supplier
# "warned that Pakistan could face sanctions": the one who would face them
# is the subject; the source is an actor after "from", else the speaker of
# a report before
cue sanctions verb src=+from tgt=subj window=6 : {face,faces,faced,facing} {sanctions,new sanctions,further sanctions,secondary sanctions,us sanctions,western sanctions}
# "designated the Houthis a terrorist organisation": with a verdict word
cue sanctions verb src=subj tgt=obj window=3 verdict=yes : designat{e,es,ed,ing} | list{s,ed}
# "provides military aid to Sudan" (not "provide Russia with any pretext",
# nor "a treaty providing for mutual assistance")
cue support verb src=subj tgt=+to window=6 : provid{e,es,ed,ing} {aid,assistance,support,weapons,military aid,military assistance,military support,financial aid,financial support,financial assistance,humanitarian aid,economic aid,economic assistance}
# "Iran and Russia provided Damascus with military support": the one
# provided right after the verb, then what: weapons (`prep materiel`) or
# aid (`prep aid`); nothing else ("provide Russia with any pretext")
cue arms_transfer verb src=subj tgt=obj window=2 need=materiel : provid{e,es,ed,ing}
cue support verb src=subj tgt=obj window=2 need=aid : provid{e,es,ed,ing}
# "agreed to give the Maldives a $400 million currency swap", "granted
# Ukraine $2 billion in aid": the one given to right after the verb
cue support verb src=subj tgt=obj window=2 need=aid : give | gives | gave | giving | given | grant{,s,ed,ing} | lend{,s,ing} | lent
# "granted the US access to four more military bases" (`prep basing`)
cue military_cooperation verb src=subj tgt=obj window=2 need=basing : give | gives | gave | giving | given | grant{,s,ed,ing} | offer{,s,ed,ing}
# "granted Ukraine candidate status" (`prep privilege` after
# it; after the basing reading: "granted X access to bases")
cue support verb src=subj tgt=obj window=3 need=privilege : granted | grant{,s} | granting
# "Turkey remains the Tripoli government's principal military backer"
cue support noun src=subj tgt=poss,+of window=3 : backer{,s} | {main,principal,chief,key,biggest,largest,staunchest} backer | {main,principal,chief,key,biggest,largest} {military,financial,political} backer
# "Egypt is the second-largest recipient of US military aid": the giver
# named in the aid (`prep aid` after it)
cue support noun src=obj tgt=subj window=4 need=aid : recipient of | recipients of | {largest,second-largest,biggest,main} recipient of
# "pledged $2 billion to Egypt's central bank", "donated vaccines to"
cue support verb src=subj tgt=+to window=8 : pledg{e,es,ed,ing} | donat{e,es,ed,ing}
# "Belarus allowed Russia to use its territory"
cue support verb src=subj tgt=obj window=2 : allow{,s,ed,ing} | permit{,s,ted,ting}
# "expressed its full solidarity with Poland", "in solidarity with Mexico"
cue support noun src=poss,+by,subj tgt=+with,+to,+for window=6 : solidarity | full solidarity
# alliance
cue alliance noun src=poss,+by,subj tgt=+with,+between,near window=14 : alliance{,s} | mutual defense | mutual defence | mutual defense treaty | mutual defence treaty | mutual assistance | defense pact | defence pact | military alliance | security pact | security treaty | security alliance | treaty alliance | security guarantee{,s} | security guarantees to | defense treaty | defence treaty | alliance treaty
# "Turkey, Azerbaijan's closest ally": the possessive and the antecedent
cue alliance noun src=poss,+of tgt=subj window=3 : ally | closest ally | close ally | key ally | main ally | staunch ally | treaty ally
# "Japan and South Korea are treaty allies of the United States": the
# plural only with "of" ("the United States and its allies" names none)
cue alliance noun src=+of tgt=subj window=3 : allies | closest allies | close allies | key allies | main allies | staunch allies | treaty allies
cue military_cooperation noun src=poss tgt=subj window=3 : security guarantor | main security guarantor | principal security guarantor | security partner | principal security partner | main security partner | defence partner | defense partner
# "China, a close partner of Pakistan"
cue cooperation noun src=+of tgt=subj window=3 : partner | close partner | key partner | strategic partner | main partner | major partner
# "M23, backed by Rwanda", "with the support of Rwanda": the actor after
# the phrase supports the one before
cue support verb src=obj tgt=subj window=4 : rel{y,ies,ied,ying} on | depend{,s,ed,ing} on | backed by | supported by | funded by | armed by | sponsored by | with the support of | with the backing of | with the help of
cue alliance verb src=subj tgt=+with,obj : allied with | ally with | allies with | formed an alliance
# arms transfers
# "Yerevan has since bought weapons from France and India": the seller
# after "from", the buyer is the subject
cue arms_transfer verb src=+from tgt=subj window=8 : {buy,buys,bought,buying} {weapons,arms,missiles,drones,tanks,fighter jets,warplanes,helicopters,air defence systems,air defense systems,artillery,ammunition,military equipment}
cue arms_transfer verb src=+from tgt=subj window=8 : {purchase,purchases,purchased,purchasing} {weapons,arms,missiles,drones,tanks,fighter jets,warplanes,helicopters,air defence systems,air defense systems,artillery,ammunition,military equipment}
# "air strikes against al-Shabaab in support of Somali forces": the
# subject supports the actor after the phrase
cue support noun src=subj tgt=obj window=6 : in support of | in defence of | in defense of
# "has continued to buy discounted Russian oil": trade, with a commodity
# word (`prep commodity`) after the verb
cue cooperation verb src=subj tgt=obj,+from window=6 need=commodity : {buy,buys,bought,buying,purchase,purchases,purchased,purchasing}
# "The treaty was signed by Russia and India in 1971": the signatories
# after "by", each pair
cue cooperation verb src=+by tgt=+with window=4 : {was,were} signed | {has,have,had} been signed
# "signed a contract to buy twenty-four used F-16 fighter jets from
# Denmark": a weapon word (`prep materiel`) after the verb
cue arms_transfer verb src=+from tgt=subj window=8 need=materiel : {buy,buys,bought,buying,purchase,purchases,purchased,purchasing,acquire,acquires,acquired,acquiring,procure,procures,procured,procuring}
# "has bought Russian S-400 systems": with no "from", the seller's
# adjective right after the verb (tried after the reading above)
cue arms_transfer verb src=obj tgt=subj window=1 need=materiel : {buy,buys,bought,buying,purchase,purchases,purchased,purchasing,acquire,acquires,acquired,acquiring,procure,procures,procured,procuring}
# "deployed troops to Kazakhstan at the request of President Tokayev"
cue support noun src=subj tgt=obj window=12 : at the request of
# "visited Beijing at the invitation of Xi Jinping": the host invited
cue diplomacy noun src=obj tgt=subj window=8 : at the invitation of
# "remains fully committed to the security of Israel"
cue support noun src=subj tgt=obj window=8 : committed to the security of | commitment to the security of | committed to the defence of | committed to the defense of | commitment to the defence of | commitment to the defense of
# "reiterated the United States' commitment to Saudi Arabia's security",
# "Japan's commitment to Ukraine"
cue support noun src=poss,+by,subj tgt=+to window=4 direct=yes : commitment | firm commitment | ironclad commitment | unwavering commitment | steadfast commitment
# "supplied drones to X" (`prep materiel` after it), "supplied Cuba with
# oil" (`prep commodity`: trade); "its water supply" is neither
cue arms_transfer verb src=subj tgt=+to,obj window=14 need=materiel : suppl{y,ies,ied,ying}
cue cooperation verb src=subj tgt=+to,obj window=14 need=commodity : suppl{y,ies,ied,ying}
cue arms_transfer verb src=subj tgt=+to,obj window=14 : deliver{,s,ed,ing} {weapons,arms,missiles,drones,tanks,jets,fighter jets,fighters,warplanes,aircraft,helicopters,air defence systems,air defense systems,air defence radars} | deliver{,s,ed,ing} {radars,radar systems,howitzers,artillery,ammunition,munitions,shells,rockets,rocket launchers,submarines,warships,frigates,armoured vehicles,armored vehicles,military equipment} | shipped | sold {weapons,arms,missiles,drones,tanks,jets,fighter jets,fighters,warplanes,aircraft,helicopters,air defence systems,air defense systems,air defence radars} | sold {radars,radar systems,howitzers,artillery,ammunition,munitions,shells,rockets,rocket launchers,submarines,warships,frigates,armoured vehicles,armored vehicles,military equipment} | sell{,s,ing} {weapons,arms,missiles,drones,tanks,jets,fighter jets,fighters,warplanes,aircraft,helicopters,air defence systems,air defense systems,air defence radars} | sell{,s,ing} {radars,radar systems,howitzers,artillery,ammunition,munitions,shells,rockets,rocket launchers,submarines,warships,frigates,armoured vehicles,armored vehicles,military equipment} | export{,s,ed,ing} {weapons,arms,missiles,drones,tanks,jets,fighter jets,fighters,warplanes,aircraft,helicopters,air defence systems,air defense systems,air defence radars} | export{,s,ed,ing} {radars,radar systems,howitzers,artillery,ammunition,munitions,shells,rockets,rocket launchers,submarines,warships,frigates,armoured vehicles,armored vehicles,military equipment} | transfer{,s,red,ring} | provid{e,es,ed,ing} {weapons,arms,missiles,drones,tanks,jets,fighter jets,fighters,warplanes,aircraft,helicopters,air defence systems,air defense systems,air defence radars} | provid{e,es,ed,ing} {radars,radar systems,howitzers,artillery,ammunition,munitions,shells,rockets,rocket launchers,submarines,warships,frigates,armoured vehicles,armored vehicles,military equipment} | sen{d,ds,t,ding} {weapons,arms,missiles,drones,tanks,jets,fighter jets,fighters,warplanes,aircraft,helicopters,air defence systems,air defense systems,air defence radars} | sen{d,ds,t,ding} {radars,radar systems,howitzers,artillery,ammunition,munitions,shells,rockets,rocket launchers,submarines,warships,frigates,armoured vehicles,armored vehicles,military equipment}
# "agreed to send more air defence interceptors to Kyiv", "delivered a
# first batch of F-16 jets to": the verb alone, read only with a weapon
# word (`prep materiel`) after it ("sent a letter to" is no transfer)
# "Iran continues to arm Russia", "accused X of arming Y" ("armed" and
# "arms" are mostly an adjective and a noun: not cues)
cue arms_transfer verb src=subj tgt=obj window=3 : arming | to arm
cue arms_transfer verb src=subj tgt=+to window=10 need=materiel : sen{d,ds,t,ding} | deliver{,s,ed,ing} | ship{,s,ped,ping} | sold | sell{,s,ing}
# "will lead a multinational security mission to Haiti": a force sent to
# a state's aid
cue support noun src=poss,+by,subj tgt=+to,+in window=4 : security mission | multinational security mission | multinational mission | peacekeeping mission | stabilisation mission | stabilization mission | security force | multinational force | peacekeeping force | stabilisation force | stabilization force | intervention force
# "announced a new $1 billion weapons package for Ukraine"
cue arms_transfer noun src=poss,+by,+from,subj tgt=+for,+to window=6 : weapons package{,s} | arms package{,s} | military aid package{,s} | military assistance package{,s} | security assistance package{,s} | weapons aid package{,s}
# "delivered two planeloads of weapons to the Somali army"
cue arms_transfer noun src=subj tgt=+to window=8 : {planeload,planeloads,shipload,shiploads,truckload,truckloads,consignment,consignments} of {weapons,arms,ammunition,munitions,military equipment,missiles,drones} | {batch,batches,cargo,cargoes,crates,tonnes,tons} of {weapons,arms,ammunition,munitions,military equipment,missiles,drones}
cue arms_transfer noun src=poss,+by,+from,subj tgt=+to,+between : arms export{,s} | weapons export{,s} | arms trade | arms deal{,s} | arms sale{,s} | arms transfer{,s} | arms deliveries | arms shipment{,s} | weapons deliveries | weapons transfer{,s} | weapons shipment{,s} | military aid shipment{,s} | munitions deliveries | arms supplies | weapons supplies
# military cooperation
cue military_cooperation noun tgt=+with,+between,near window=10 : military cooperation | security partnership | defence partnership | defense partnership | military and technical cooperation | military-technical cooperation | military technical cooperation | military and security cooperation | security cooperation | defense cooperation | defence cooperation | military ties | security ties | military and security ties | defense ties | defence ties | military collaboration | military and security collaboration | security collaboration | joint exercise{,s} | joint military exercise{,s} | joint drills | joint military drills | joint naval drills | joint air drills | military exercise{,s} | joint patrol{,s} | joint planning | joint military planning | drill{,s} | bilateral drill{,s} | naval drill{,s} | joint naval exercise{,s} | joint coast guard exercise{,s} | joint coast guard patrol{,s} | joint naval patrol{,s} | joint air patrol{,s} | defense agreement | defence agreement | military agreement | military assistance agreement | security assistance agreement | defence cooperation agreement | defense cooperation agreement | military pact | security agreement{,s} | security deal{,s}
# "joint flight exercises with X"
cue military_cooperation noun tgt=+with window=4 : exercises | manoeuvres | maneuvers
# ("trained with X": "trained" below, whose object follows "with")
cue military_cooperation verb src=subj tgt=+with : held joint exercises | hold{,s} joint exercises | conducted joint drills
cue military_cooperation verb src=subj tgt=obj window=3 : train{,s,ed}
# "Russian and Chinese bombers flew together": the members of the subject
cue military_cooperation verb src=subj tgt=+with window=3 : f{lew,ly,lies,lying} together | patrol{,s,led,ling} together | patrolled jointly | sail{,s,ed,ing} together | train{,s,ed,ing} together | exercis{e,es,ed,ing} together | f{lew,ly,lies,lying} joint patrols | conduct{,s,ed,ing} joint patrols | {held,hold,holds,holding} joint patrols
# "fought alongside Rwandan troops"
cue military_cooperation verb src=subj tgt=obj window=3 : f{ought,ight,ights,ighting} for | f{ought,ight,ights,ighting} on behalf of | f{ought,ight,ights,ighting} on the side of | f{ought,ight,ights,ighting} alongside | operat{e,es,ed,ing} alongside | serv{e,es,ed,ing} alongside
# criticism
cue criticism verb src=subj tgt=obj window=6 : critici{s,z}{e,es,ed,ing} | condemn{,s,ed,ing} | denounce{,s,d} | denouncing | accuse{,s,d} | accusing | blame{,s,d} | blaming | slam{,s,med,ming} | rebuke{,s,d} | censure{,d,s} | censuring | chastise{,d,s} | decr{y,ies,ied} | reprimand{,s,ed} | regret{s,ted} | deeply regret{s,ted} | deplor{e,es,ed} | warn{,s,ed,ing} | lambast{,s,ed} | castigate{,s,d} | suspect{s,ed}
# "lodged a formal protest with China", "conveyed its serious concerns to
# the Afghan government"
cue criticism verb src=subj tgt=obj window=3 : protested | protesting | protest{,s,ed,ing} to | protest{,s,ed,ing} against | lodg{e,es,ed,ing} a protest with | lodg{e,es,ed,ing} a formal protest with | lodg{e,es,ed,ing} protests with | lodg{e,es,ed,ing} a strong protest with | convey{,s,ed,ing} {its,their} {concern,concerns,serious concern,serious concerns,deep concern,grave concern,grave concerns,protest} to
# "fired a missile, drawing condemnation from Japan": the critic after the
# phrase, the subject before it criticised
cue criticism verb src=obj tgt=subj window=5 : {drawing,drew,draws,drawn,prompting,prompted,sparking} {condemnation,criticism,protests,a protest,a rebuke,a sharp rebuke,an angry reaction,a strong reaction,warnings} from | {sparked,triggering,triggered,provoking,provoked} {condemnation,criticism,protests,a protest,a rebuke,a sharp rebuke,an angry reaction,a strong reaction,warnings} from
# ("drew sharp criticism from Beijing")
cue criticism verb src=obj tgt=subj window=5 : {drawing,drew,draws,drawn} {sharp,strong,fierce,international} {condemnation,criticism} from
cue criticism noun src=poss,+by,+from,subj tgt=+to,+against,+of,+on : criticism | condemnation | warning{,s} | rebuke | protest{,s} | complaint{,s} | accusation{,s}
# "called his Qatari counterpart": a phone call (`prep peer` after it;
# tried before the verdict reading below)
cue diplomacy verb src=subj tgt=obj window=4 need=peer : called | call{,s}
# "called the move a direct threat", "branded the vote a farce": with a
# verdict word after it (`prep verdict`)
cue criticism verb src=subj tgt=obj window=4 verdict=yes : called | call{,s} | branded | brand{,s} | labelled | labeled | label{,s} | described | describ{e,es} | dubbed | termed | denounced as
# "many in Washington see Beijing as the main strategic competitor",
# "views Tehran as a threat"
cue criticism verb src=subj tgt=obj window=3 verdict=yes : see{,s} | saw | views | viewed | regard{,s,ed}
# "described the Maldives as a key partner", "hailed Egypt as a
# reliable friend" (`prep esteem` after it; tried after the verdict
# reading above)
cue cooperation verb src=subj tgt=obj window=4 need=esteem : called | call{,s} | described | describ{e,es} | hailed | hail{,s} | see{,s} | saw | views | viewed | regard{,s,ed}
# demands made of an actor ("urged Rwanda to withdraw its forces") are
# pressure on it; what is demanded takes its own cue, prescribed
# ... but a demand to do something conciliatory (`prep conciliatory`:
# "urged the Taliban to attend the talks") is diplomacy
cue criticism verb src=subj tgt=obj window=2 soft=diplomacy : urged | urge{,s} | urging | pressed
# "demanded that Israel halt ...", "demanded the extradition of the
# Iranian officials"
cue criticism verb src=subj tgt=obj window=4 : demanded | demanding | demand{,s} that | demanded that | demanding that
# "the agreement alarmed Canberra": the one alarmed is critical of the
# subject (an event noun stands for its actors)
cue criticism verb src=obj tgt=subj window=4 : alarmed | angered | worried | dismayed | infuriated | antagoni{s,z}ed | angering | alarming | infuriating | antagoni{s,z}ing
# "Pyongyang's ties with Moscow have raised alarm in Seoul": the capital
# after the phrase is the state alarmed (no place: "in" is the cue's)
cue criticism verb src=obj tgt=subj window=4 : {raised,raise,raises,raising} alarm in | {caused,cause,causes,causing} alarm in | {sparked,spark,sparks,sparking} alarm in | {raised,raise,raises,raising} {concern,concerns} in | {caused,cause,causes,causing} concern in | {sparked,spark,sparks,sparking} concern in
# "Vietnam has raised concerns with Phnom Penh about the canal"
cue criticism verb src=subj tgt=obj window=3 : rais{e,es,ed,ing} {concern,concerns,serious concerns,strong concerns} {with,about,over}
cue criticism verb src=subj tgt=obj window=4 : concerned about | concerned over | concerned by | deeply concerned about | alarmed by
# "posted derogatory remarks about Indian Prime Minister Narendra Modi"
cue criticism noun src=poss,+by,subj tgt=obj window=4 : {derogatory,insulting,disparaging,offensive,critical,hostile,racist} {remarks,comments,statements,posts} {about,against}
cue criticism noun src=poss,+by,subj tgt=obj window=4 : {derogatory,insulting,disparaging,offensive,critical,hostile,racist} {remarks,comments,statements,posts} on
cue criticism noun src=poss,+by,subj tgt=+about,+over,+at window=4 : concern{,s} | serious concern{,s} | grave concern{,s} | deep concern{,s} | alarm
# opposition
# "the war has strained its relations with Egypt"
cue opposition verb src=subj,poss tgt=+with,+between window=4 : strain{,s,ed,ing} {relations,ties,its relations,their relations,its ties,their ties} | sour{,s,ed,ing} {relations,ties,its relations,their relations,its ties,their ties}
# "Egypt and Ethiopia have been at odds over the dam": the members of the
# subject oppose each other; "at odds with X" opposes X
cue opposition verb src=subj tgt=+with window=3 mutual=yes : at odds | at loggerheads | clash{,es,ed} over | clashing over | {are,were,remain,remained} divided over | {are,were,remain,remained} divided on
# "Ankara and Athens traded accusations": each criticised the other
cue criticism verb src=subj tgt=+with window=3 mutual=yes : traded blame | trad{e,es,ing} blame | exchanged blame | traded accusations | trad{e,es,ing} accusations | exchanged accusations | exchang{e,es,ing} accusations | traded barbs | trad{e,es,ing} barbs | traded insults
# "the government of Nicolas Maduro severed diplomatic ties": with no
# "with", the other side of the dyad in focus
cue opposition verb src=subj tgt=+with,focus window=5 : {severed,cut,broke off,suspended} diplomatic {ties,relations} | {severs,cuts,breaks off,suspends} diplomatic {ties,relations}
cue opposition verb src=subj tgt=obj window=5 : distanc{e,es,ed,ing} {itself,themselves,himself,herself} from | veto{,es,ed,ing} | oppose{,s,d} | opposing | reject{,s,ed,ing} | obstruct{,s,ed,ing} | block{,s,ed,ing} | boycott{,s,ed,ing} | expel{,s,led,ling} | resist{,s,ed,ing} | confront{,s,ed,ing} | threaten{,s,ed,ing} | deter{,s,red,ring} | defy | defied | defies | suspend{,s,ed} ties with | cut ties with | severed ties with | cut diplomatic ties with | cut diplomatic relations with | severed diplomatic ties with | severed diplomatic relations with | broke off diplomatic relations with | broke off diplomatic ties with | {break,breaks,breaking,broken} off {relations,ties,diplomatic relations,diplomatic ties} with | suspended diplomatic relations with | downgrad{e,es,ed,ing} relations with | downgrad{e,es,ed,ing} ties with | downgrad{e,es,ed,ing} diplomatic relations with | recall{,s,ed} its ambassador{,s} from | recall{,s,ed,ing} {its,their} ambassador{,s} to | withdr{aw,aws,ew,awn,awing} {its,their} ambassador{,s} from | withdr{aw,aws,ew,awn,awing} from | pull{,s,ed,ing} out of | quit | detain{,s,ed,ing} | arrest{,s,ed,ing} | imprison{,s,ed,ing} | voted against | vote{,s} against | voting against | object{,s,ed,ing} to | dismiss{,es,ed,ing} | fr{eeze,eezes,oze,ozen} its participation in | suspend{,s,ed} its participation in | suspend{,s,ed} its membership in | fr{eeze,eezes,oze,ozen} its membership in | {close,closes,closed,closing} {its,their,the} embassy in | {close,closes,closed,closing} {its,their,the} border with | {seal,seals,sealed,sealing} {its,their,the} border with | clash{,es,ed} publicly with | clash{,es,ed} verbally with | clash{,es,ed} diplomatically with | suspend{,s,ed,ing} relations with | suspend{,s,ed,ing} {its,their} relations with | broke off relations with | cut relations with | severed relations with | storm{,s,ed,ing} | raided | forced {their,its} way into | file{,s,d} a case against | filing a case against | brought a case against | file{,s,d} a complaint against | file{,s,d} a genocide case against | filing a genocide case against | brought a genocide case against | su{e,es,ed,ing}
# "announced their withdrawal from the bloc" (as "withdrew from"; "withdrawal
# from" as one phrase with the noun's usual slots named nobody)
cue opposition noun src=poss,subj tgt=+from window=3 : withdrawal | exit
# a denial of what the object says or did ("denied the accusations",
# "denies Russia's claims"): only the word right after (the phrases are
# modality words too: "denied supplying drones to X" relates nobody to X)
cue opposition verb src=subj tgt=obj window=1 : denied | denies | deny | denying
# "the dispute has pitted Egypt against Ethiopia"
cue opposition verb src=obj tgt=+against window=5 : pit{,s,ted,ting}
# "won an arbitration case against China"
cue opposition noun src=poss,subj tgt=obj window=3 : case against | arbitration case against | legal case against | lawsuit against | legal action against
# a privilege taken away (`prep privilege` after it): "withdrew part of
# Cambodia's preferential access to its market", "revoked Hong Kong's
# special status" (before the reading below)
cue sanctions verb src=subj tgt=obj window=4 need=privilege : withdr{aw,aws,ew,awn,awing} | revok{e,es,ed,ing} | suspend{,s,ed,ing} | strip{,s,ped,ping}
# "ordered the Indian military personnel to leave", "ordered the French
# ambassador to leave the country" (`prep departure` after it)
cue opposition verb src=subj tgt=obj window=6 need=departure : ordered | order{s,ing} | told | asked
# "suspended a friendship treaty with Spain", "cancelled talks with Japan":
# the other side after "with"
cue opposition verb src=subj tgt=obj,+with window=6 : suspend{,s,ed,ing} | scrap{,s,ped,ping} | cancel{,s,led,ed,ling} | tore up | tear{,s} up | abrogat{e,es,ed,ing} | renounc{e,es,ed,ing}
# Relations turning hostile: after a friendly noun ("relations between X and
# Y deteriorated") the noun's relation takes this type.
cue opposition verb src=subj tgt=obj window=2 : deteriorat{e,es,ed,ing} | soured | sour{s,ing} | worsen{s,ed,ing} | remain{,s,ed} tense | grew tense | became tense | are tense | were tense | is tense | frayed | broke down | broken down | {have,has,had} been strained | {are,were,is} strained | remain{,s,ed} strained | {have,has,had} been frosty | {are,were,is} frosty | remain{,s,ed} frosty | grew frosty | became frosty | {have,has,had} cooled | cooled | {were,was} severed | {have,has,had} been severed | {were,was} cut off | {were,was} broken off | {were,was} cut
# "sought to counter Chinese influence", "to curb Iran's influence"
cue opposition verb src=subj tgt=obj window=3 : counter{,s,ed,ing} | curb{,s,ed,ing} | push{,es,ed,ing} back against
# "led a coalition against the Islamic State": the target follows the phrase
cue opposition noun src=poss,+by,subj tgt=obj window=4 : coalition against | alliance against | front against | effort{,s} against | campaigns against
cue opposition noun src=poss,+by,subj tgt=+against,+to,+on,+with : opposition | veto | boycott | expulsion | blockade | rivalry | hostility | tensions | standoff | stand-off | quarrel{,s} | rift | spat | falling-out | dispute{,s} | differences | disagreement{,s} | feud | border dispute{,s} | territorial dispute{,s} | maritime dispute{,s}
# "tensions between India and China": each side against the other
cue opposition noun src=poss,+by,subj tgt=+between : rivalry | hostility | tensions | standoff | stand-off | rift | spat | feud | dispute{,s} | border dispute{,s} | territorial dispute{,s} | maritime dispute{,s} | differences | disagreement{,s}
# actions against a named actor ("China's actions against Philippine vessels")
# military pressure: "drills around Taiwan"
cue opposition noun src=poss,+by,subj tgt=obj window=3 : drills around | drills near | drills off | exercises around | exercises near | war games around | war games near | military drills around
cue opposition noun src=poss,+by,subj tgt=+against window=4 : action{,s} | provocation{,s} | campaign
# "increase its pressure on Taipei"
cue opposition noun src=poss,+by,subj tgt=+on,+against window=4 : revenge | retaliation | reprisals | pressure | military pressure | economic pressure | diplomatic pressure
# sanctions
# `through=yes`: "a ban on imports of Japanese seafood", "tariffs on
# trade with Brazil" (the friendly cue after "on" names the target)
cue sanctions noun src=poss,+by,subj tgt=+against,+on,+targeting through=yes : sanction{,s} | counter-sanction{,s} | countersanction{,s} | retaliatory sanctions | price cap | economic sanctions | financial sanctions | sanctions regime | asset freeze | travel ban | export controls | export restrictions | trade restrictions | restrictions | penalties | visa restrictions | visa bans | restrictive measures | tariff{,s} | punitive tariffs | arms embargo | embargo{,es} | trade embargo | economic embargo | ban{,s} | import ban{,s} | export ban{,s} | trade ban{,s}
cue sanctions verb src=subj tgt=obj window=4 : impos{e,es,ed,ing} costs on | impos{e,es,ed,ing} severe costs on | impos{e,es,ed,ing} penalties on | impos{e,es,ed,ing} restrictions on
cue sanctions verb src=subj tgt=obj,+on window=5 : restrict{,s,ed,ing} | ban{,s,ned,ning} | sanction{,s,ed,ing} | imposed sanctions on | impose{,s} sanctions on | imposing sanctions on | blacklist{,s,ed} | froze the assets of
# trade cut off: "banned imports of Ukrainian grain", "restricted exports
# of chemicals to South Korea", "cut gas supplies to Moldova"
cue sanctions verb src=subj tgt=obj,+to,+from window=10 : {ban,bans,banned,banning,restrict,restricts,restricted,restricting,halt,halts,halted,suspend,suspends,suspended} {imports,exports} | {curb,curbs,curbed,block,blocks,blocked,stop,stops,stopped,limit,limits,limited} {imports,exports} | {cut,cuts,cutting,cut off,cuts off,halted,halts,suspended,suspends,stopped,stops,reduced,restricted} {gas,oil,energy,grain} supplies
# withdrawn aid: "suspended part of its aid to X", "froze assistance to X"
cue sanctions verb src=subj,poss tgt=+to window=8 : {suspend,suspends,suspended,suspending,cut,cuts,freeze,freezes,froze,halted,withheld} {aid,assistance,its aid,their aid,its assistance} | {suspend,suspends,suspended,suspending,cut,cuts,froze,halted,withheld} {part of its aid,part of their aid,some of its aid,military aid,economic aid}
# conflict
cue conflict noun src=poss,+by,subj tgt=+against,+with,+between,+on,+inside window=8 : war | war of aggression | conflict | attack{,s} | offensive | airstrike{,s} | air strike{,s} | clash{,es} | fighting | hostilities | incursion{,s} | shelling | aggression | cyberattack{,s} | cyber attack{,s} | strike{,s} | military strike{,s} | missile strike{,s} | drone strike{,s} | raid{,s}
# "Iraq's invasion of Kuwait": the one invaded after "of"
cue conflict noun src=poss,+by,subj tgt=+of,+against,+with,+between,+on window=8 : invasion | occupation | bombardment | annexation
# "Israeli forces killed dozens of Palestinians", "Russian troops captured
# the Ukrainian town of Avdiivka", "Iran seized a British-flagged tanker"
cue conflict verb src=subj tgt=obj window=5 : kill{,s,ed,ing} | captur{e,es,ed,ing} | seiz{e,es,ed,ing}
cue conflict verb src=subj tgt=obj window=5 : struck | strik{e,es,ing} | invade{,s,d} | invading | attack{,s,ed,ing} | bombed | bombing | bombs | shelled | shelling | fought | fight{,s,ing} | clash{,es,ed} with | wage{,s,d} war on | waging war on | wag{e,es,ed,ing} {war,a war,a war of aggression} {against,on,} | declared war on | occup{y,ies,ied} | annex{,es,ed} | shot down | rammed | ram{,s,ming} | fir{e,es,ed,ing} {water cannon,warning shots,shots,flares,missiles,rockets,shells,artillery} at | launched strikes on | launch{,es,ed,ing} {drones,missiles,rockets} {at,on,against,towards,toward} | retaliat{e,es,ed,ing} against | intervene{,s,d} in | intervening in | intervene{,s,d} {militarily,separately,jointly,directly} in | clashed | exchanged fire | exchange{,s} fire | traded fire | trade{,s} fire | {exchanged,exchange,exchanges,exchanging,traded,trade,trades,trading} {artillery,gun,rocket,mortar,heavy,cross-border} fire
# affiliation
# "China is a member of the SCO", "Turkey, a NATO member,": the modifier
# before the noun is the body
# with no body named, in an article about one ("Bolivia became a full
# member in 2024"), the body the document is about
cue affiliation noun src=subj tgt=+of,poss,topic : member | permanent member | member state | founding member | full member | full members | members | associate member{,s} | associated state{,s} | observer state{,s} | dialogue partner{,s}
# "founded in 2001 by A, B and C" (the passive reading only)
cue affiliation verb src=+by,+between tgt=subj window=8 : founded | co-founded | established | created
# "The Quad is a forum of A, B and C": the members follow the noun
cue affiliation noun src=+of tgt=subj window=3 : forum | grouping | bloc | coalition | club
cue affiliation verb src=subj tgt=obj,topic : joined | join{,s} | accede{,s,d} to | acceded to | rejoin{,s,ed}
# "Madagascar's membership was suspended", "applied for membership"
cue affiliation noun src=poss,subj tgt=+of,+in,topic window=4 : membership | full membership
# "Venezuela was suspended in 2016", in an article about a body: that body
# (or the agent after "by") suspended it
cue opposition verb src=+by,+from,topic tgt=subj window=4 : {was,were} suspended | {has,have,had} been suspended | {was,were} expelled | {has,have,had} been expelled
# "Syria's readmission to the Arab League", "the accession of Sweden to
# NATO"
cue affiliation noun src=poss,+of tgt=+to,+into,+in,topic window=6 : readmission | admission | reinstatement | accession
# "were admitted in 1997", "has observer status at the UN General Assembly"
cue affiliation verb src=subj tgt=+to,+into,topic window=6 : {was,were,been,is,are} admitted | {was,were,been,is,are} readmitted | admitted as
cue affiliation noun src=subj tgt=+at,+in,+to,+of,topic window=4 : observer status
# "the organisation admitted Northern Cyprus as an observer", "NATO
# admitted Finland": the one admitted joins the subject
cue affiliation verb src=obj tgt=subj window=3 : admit{,s,ted,ting}
# "Hungary became an observer in 2018" (in an article about a body: that
# body)
cue affiliation verb src=subj tgt=+of,+to,+in,+at,topic window=4 : {became,become,becomes,becoming} an observer | joined as an observer | {became,become,becomes} an associate member
# "the Africa Corps, which is controlled by the Russian defence ministry"
cue affiliation verb src=subj tgt=obj window=4 : controlled by | run by | commanded by | under the control of | under the command of

# ------------------------------------------- inventory of the cue vocabulary
# Session 10: how English news, analysis, UN summaries and encyclopedias
# express each type, checked type by type against the CAMEO categories
# (01-20) and the misses of the gold batches; phrases the lines above
# already hold are not repeated. Each family has a case in
# tests/data/text/generality.txt.

# conflict (CAMEO 18-20): event nouns of fighting
cue conflict noun src=poss,+by,subj tgt=+against,+with,+between,+on window=8 : confrontation{,s} | armed confrontation{,s} | military confrontation{,s} | skirmish{,es} | border skirmish{,es} | battle{,s} | firefight{,s} | gunfight{,s} | ambush{,es} | bombing campaign{,s} | air campaign | military operation{,s} | military campaign{,s} | ground offensive | ground invasion | counteroffensive | counter-offensive | siege | armed conflict | border war | proxy war | rocket fire | artillery fire | cross-border fire | drone attack{,s} | missile attack{,s} | rocket attack{,s} | terrorist attack{,s} | suicide bombing{,s} | assault{,s}
# fighting verbs
cue conflict verb src=subj tgt=obj window=5 : battl{e,es,ed,ing} | bombard{,s,ed,ing} | pound{,s,ed,ing} | besieg{e,es,ed,ing} | ambush{,es,ed,ing} | assassinat{e,es,ed,ing} | abduct{,s,ed,ing} | kidnap{,s,ped,ping} | overr{an,un,uns,unning} | repel{,s,led,ling} | repuls{e,es,ed,ing} | torpedo{,es,ed,ing} | shoot{,s} down | shooting down | went to war {with,against} | go{,es} to war {with,against} | going to war {with,against} | at war with | t{ake,akes,aking,ook,aken} up arms against | open{,s,ed,ing} fire {on,at,upon} | fired {on,upon} | fire{,s} {on,upon} | firing {on,upon}
# mutual fire ("the two armies exchanged artillery fire"; "X and Y traded
# strikes")
cue conflict verb src=subj tgt=+with window=3 mutual=yes : {exchanged,exchange,exchanges,exchanging,traded,trade,trades,trading} {gunfire,strikes,blows,missile fire,drone fire,artillery,shelling}

# criticism (CAMEO 11: disapprove, accuse, complain)
cue criticism verb src=subj tgt=obj window=6 : assail{,s,ed,ing} | blast{,s,ed,ing} | berat{e,es,ed,ing} | chid{e,es,ed,ing} | admonish{,es,ed,ing} | reproach{,es,ed,ing} | excoriat{e,es,ed,ing} | fault{,s,ed,ing} | scold{,s,ed,ing} | pillor{y,ies,ied,ying} | derid{e,es,ed,ing} | ridicul{e,es,ed,ing} | vilif{y,ies,ied,ying} | demoni{s,z}{e,es,ed,ing} | disparag{e,es,ed,ing} | denigrat{e,es,ed,ing} | insult{,s,ed,ing} | hit out at | hits out at | hitting out at | lash{,es,ed,ing} out at | t{ake,akes,aking,ook,aken} aim at | t{ake,akes,aking,ook,aken} issue with | point{,s,ed,ing} the finger at | called out | call{,s,ing} out | bemoan{,s,ed,ing}
# displeasure nouns ("expressed outrage at", "voiced dismay over")
cue criticism noun src=poss,+by,subj tgt=+at,+over,+about,+with window=4 : outrage | indignation | dismay | displeasure | disapproval | disappointment | anger | strong objections
# opposition (CAMEO 12-14: reject, threaten, protest) and reduced relations
# (CAMEO 16 in diplomacy: recalls, expulsions, downgrades, frozen talks)
cue opposition verb src=subj tgt=obj window=5 : rebuff{,s,ed,ing} | spurn{,s,ed,ing} | snub{,s,bed,bing} | turn{,s,ed,ing} down | contest{,s,ed,ing} | harass{,es,ed,ing} | intimidat{e,es,ed,ing} | coerc{e,es,ed,ing} | deport{,s,ed,ing} | walk{,s,ed,ing} out {of,on} | recall{,s,ed,ing} {its,their} {envoy,envoys,top diplomat,charge d'affaires,high commissioner} from | expel{,s,led,ling} the {ambassador,ambassadors,envoy,envoys,diplomats,diplomat} of | expel{,s,led,ling} {its,their} {ambassador,ambassadors,envoy,envoys,diplomats,diplomat} of
cue opposition verb src=subj tgt=+with,focus window=5 : downgrad{e,es,ed,ing} {relations,ties,diplomatic relations,diplomatic ties,its relations,their relations} | fr{eeze,eezes,oze,ozen,eezing} {relations,ties,diplomatic relations,contacts,dialogue,talks,cooperation}
cue opposition verb src=subj tgt=+with window=5 : {suspend,suspends,suspended,suspending,halt,halts,halted,halting} {talks,negotiations,dialogue,its talks,their talks,its negotiations} | {call off,called off,calls off} {talks,negotiations,dialogue,its talks,their talks,its negotiations} | {broke off,break off,breaks off,breaking off,pulled out of,pull out of,walked away from,walk away from} {talks,negotiations,dialogue,its talks,their talks,its negotiations}
# "declared the Egyptian ambassador persona non grata" (the departure
# words name the expulsion)
cue opposition verb src=subj tgt=obj window=4 need=departure : declar{e,es,ed,ing}

# sanctions (CAMEO 16 material: duties, levies, frozen funds, curbs)
cue sanctions noun src=poss,+by,subj tgt=+against,+on,+targeting window=8 through=yes : dut{y,ies} | anti-dumping dut{y,ies} | punitive dut{y,ies} | import dut{y,ies} | customs dut{y,ies} | lev{y,ies} | import levies | countermeasures | counter-measures | retaliatory measures | punitive measures | coercive measures | unilateral coercive measures | trade barriers | curbs | import curbs | export curbs | trade curbs | entry ban{,s} | asset freezes | travel bans | blacklisting
cue sanctions verb src=subj tgt=obj window=4 : impos{e,es,ed,ing} {fees,fines,charges,quotas,levies,duties,curbs} on | slap{,s,ped,ping} {fees,fines,levies,duties,curbs} on
# "froze billions of euros in funds for Hungary": with a money word after
# it (`prep aid`)
cue sanctions verb src=subj tgt=+for,+to,+from,obj window=8 need=aid : fr{eeze,eezes,oze,ozen,eezing} | withh{old,olds,olding}

# support (CAMEO 05 verbal, 07 material): endorsement, rescue, protection
cue support verb src=subj tgt=obj window=6 : applaud{,s,ed,ing} | laud{,s,ed,ing} | champion{,s,ed,ing} | bolster{,s,ed,ing} | prop{,s,ped,ping} up | rall{y,ies,ied,ying} behind | rall{y,ies,ied,ying} to | thr{ow,ows,ew,own,owing} {its,their,his,her} weight behind | lent {its,their,his,her} support to | lend{,s,ing} {its,their,his,her} support to | c{ame,ome,omes,oming} to the {aid,defence,defense,rescue} of | bail{,s,ed,ing} out | subsidi{s,z}{e,es,ed,ing} | protect{,s,ed,ing} | vouch{,es,ed,ing} for
# "extended $4 billion in emergency credit to Colombo", "disbursed a loan
# to Kyiv": with a money word after it (`prep aid`)
cue support verb src=subj tgt=+to,obj window=10 need=aid : disburs{e,es,ed,ing} | channel{,s,ed,led,ing,ling}
cue support verb src=subj tgt=+to,obj window=10 : extend{,s,ed,ing} {a loan,loans,a credit line,credit lines,a line of credit,credit,a grant,grants,financing,a bailout,aid,emergency aid,military aid,financial aid}
cue support noun src=poss,+by,+from,subj tgt=+to,+for window=8 : bailout{,s} | bail-out{,s} | rescue package{,s} | aid package{,s} | financial package{,s} | credit line{,s} | line{,s} of credit | debt relief | currency swap{,s} | emergency credit | development assistance | budget support | economic assistance | security assistance | humanitarian assistance | political support | diplomatic support | financial support | economic support | endorsement | asylum | refuge | protection | patronage | donation{,s} | subsid{y,ies}
# "a firm supporter of Palestinian statehood", "Hanoi's staunchest supporter"
cue support noun src=subj tgt=poss,+of window=3 : supporter{,s} | {firm,staunch,strong,steadfast,key,main,vocal,leading,major,loyal,staunchest,strongest,biggest,chief,principal} supporter{,s} | champion | defender | protector | benefactor | patron

# diplomacy (CAMEO 04 consult, 05 diplomatic cooperation): meetings,
# calls, condolences, restored and upgraded relations
cue diplomacy verb src=subj tgt=obj,+with window=3 : confer{,s,red,ring} with | consult{,s,ed,ing} with | consulted | s{it,its,at,itting} down with | telephon{e,es,ed,ing} | greet{,s,ed,ing} | shook hands with | shak{e,es,ing} hands with | play{,s,ed,ing} host to | {held,hold,holds,holding} {discussions,consultations,a meeting,meetings,a summit,a dialogue} with | {expressed,express,expresses,expressing,offered,offer,offers,conveyed,convey,conveys,sent,send,sends,extended} condolences to
cue diplomacy verb src=subj tgt=+with,focus window=4 : {restored,restore,restores,restoring,re-established,re-establish} {full ties,full relations,full diplomatic relations,diplomatic ties,full diplomatic ties,contacts,diplomatic contacts} | {re-establishes,reestablished,resumed,resume,resumes,resuming} {full ties,full relations,full diplomatic relations,diplomatic ties,full diplomatic ties,contacts,diplomatic contacts} | {restored,restore,restores,restoring,resumed,resume,resumes,resuming} {dialogue,the dialogue,political dialogue}
cue diplomacy verb src=subj tgt=obj window=2 : {open,opens,opened,opening} {a,its,the} {consulate,consulate-general,consulate general} in | {reopen,reopens,reopened,reopening} {a,its,the} {consulate,consulate-general,consulate general} in | {open,opens,opened,opening,reopened} {a,an,its,the} {liaison office,representative office,trade office} in
# a referral of trade measures ("took the duties to the WTO")
cue diplomacy verb src=subj tgt=+to window=8 : {took,take,takes,taking,brought,bring,brings,bringing} the {duties,tariffs,ban,bans,measures} | {took,take,takes,taking,brought,bring,brings,bringing} the {restrictions,complaint,quarrel,row} | {took,take,takes,taking,brought,bring,brings,bringing} {a complaint,complaints,a case,cases}
# cooperation (CAMEO 03, 06): memoranda, joined forces, investment,
# trade by sale, extradition (deals and trade "with" are the nouns above)
cue cooperation verb src=subj tgt=+with : signed a {memorandum,memorandum of understanding,framework agreement,border treaty,partnership agreement,cooperation agreement}
cue cooperation verb src=subj tgt=obj : {join,joins,joined,joining} forces with
cue cooperation noun src=poss,+by,+from,subj tgt=+in,+into window=6 : investment{,s} | foreign direct investment | direct investment{,s} | foreign investment
cue cooperation noun tgt=+with,+between window=8 : joint venture{,s} | economic partnership | economic partnership agreement | customs union | currency swap agreement | investment treaty | bilateral investment treaty | trade pact | trade accord | free trade deal | free trade pact
cue cooperation verb src=subj tgt=+to window=10 need=commodity : export{,s,ed,ing} | sell{,s,ing} | sold | ship{,s,ped,ping}
cue cooperation verb src=subj tgt=+to window=8 : extradit{e,es,ed,ing}

# alliance: defence pacts and collective defence
cue alliance noun src=poss,+by,subj tgt=+with,+between,near window=14 : collective defence | collective defense | collective defence pact | mutual defence pact | mutual defense pact | mutual defence agreement | mutual defense agreement | mutual security treaty | mutual security pact | defence alliance | defense alliance | treaty of alliance | allied relations | treaty of allied relations | alliance partner{,s}
# affiliation: belonging, founding, chairing, signing
cue affiliation verb src=subj tgt=obj,topic window=2 : belong{,s,ed,ing} to
cue affiliation noun src=subj tgt=+of,poss,topic window=3 : founder{,s} | co-founder{,s} | founding members | founding state{,s} | member countr{y,ies} | member nation{,s}
cue affiliation verb src=subj tgt=+of window=4 : {held,hold,holds,holding,assumed,assume,assumes,assuming,took over} the {rotating presidency,presidency,chairmanship,rotating chairmanship,chair}
# arms transfers: orders from a seller, equipping, the sale of weapons
cue arms_transfer verb src=+from tgt=subj window=8 need=materiel : order{,s,ed,ing} | obtain{,s,ed,ing} | import{,s,ed,ing}
# the other acquisition verbs with the seller as the weapon's adjective,
# like "bought Turkish drones" above ("received Iranian-made drones")
cue arms_transfer verb src=obj tgt=subj window=1 need=materiel : order{,s,ed,ing} | obtain{,s,ed,ing} | import{,s,ed,ing}
cue arms_transfer verb src=subj tgt=obj window=3 need=materiel : equip{,s,ped,ping} | re-equip{,s,ped,ping} | rearm{,s,ed,ing}
cue arms_transfer noun src=poss,+by,obj,subj tgt=+to window=8 need=materiel : sale{,s} of | transfer{,s} of | deliver{y,ies} of | shipment{,s} of | consignment{,s} of | export{,s} of | suppl{y,ies} of | provision of
# military cooperation: bases kept abroad, advisers, intelligence sharing,
# troops sent to a state
cue military_cooperation verb src=subj tgt=obj window=3 : {maintain,maintains,maintained,maintaining} {a base,a military base,a naval base,an air base,bases,military bases,troops,forces,a garrison} in | {keep,keeps,kept,keeping} {a base,a military base,a naval base,an air base,bases,military bases,troops,forces,a garrison} in
cue military_cooperation noun src=poss,+by,+from,subj tgt=+in,+to window=4 : military advis{e,o}rs | military instructors | instructors | military trainers | military mission | training mission | military training mission
cue military_cooperation noun tgt=+with,+between,near window=8 : intelligence sharing | intelligence-sharing | intelligence cooperation | counter-terrorism cooperation | counterterrorism cooperation | naval cooperation | arms co-production | defence industrial cooperation | defense industrial cooperation
cue military_cooperation verb src=subj tgt=+with window=4 : shar{e,es,ed,ing} intelligence
cue support verb src=subj tgt=obj window=3 : {dispatch,dispatches,dispatched,dispatching,contribute,contributes,contributed,contributing} {troops,soldiers,forces,peacekeepers,police officers,a contingent,warships} to

# trade: the same nouns (not "sale", see the generality case of passive
# reactions) with a commodity word after them ("the shipment
# of Iranian crude oil to China"); suppliers of goods; purchases from
cue cooperation noun src=poss,+by,obj,subj tgt=+to window=8 need=commodity : deliver{y,ies} of | shipment{,s} of | export{,s} of | suppl{y,ies} of
cue cooperation noun src=subj tgt=poss,obj window=3 need=commodity : {largest,main,biggest,top,major,leading,principal,second-largest} {source,sources,supplier,suppliers,provider,providers,exporter,exporters} of
cue cooperation noun src=poss,subj tgt=obj,+from window=4 : purchase{,s} from | {gas,oil,energy,grain,coal,crude} {purchases,imports} from
# "settled old border questions with Uzbekistan"; "accepted an arrangement"
cue cooperation verb src=subj tgt=+with window=4 : {settled,resolved,settle,resolve,settles,resolves} {border questions,border issues,boundary questions,border disputes,the border dispute,its border dispute,its border disputes,old border questions,outstanding border issues,outstanding issues}
cue cooperation verb src=subj tgt=+with window=6 : {accepted,accept,accepts,accepting} the {arrangement,agreement,deal,ceasefire,truce,settlement} | {accepted,accept,accepts,accepting} an {arrangement,agreement} | {accepted,accept,accepts,accepting} a {deal,ceasefire,truce,settlement}
# "counts both countries as close partners" (`prep esteem`)
cue cooperation verb src=subj tgt=obj window=4 need=esteem : count{,s,ed,ing}
# donors by aid ("one of Mongolia's largest aid donors")
cue support noun src=subj tgt=poss,+to,+of window=3 : bilateral donor{,s} | {largest,biggest,main,top,leading,second-largest} bilateral donor{,s} | aid donor{,s} | {largest,biggest,main,top,leading,second-largest} aid donor{,s} | {largest,biggest,main,top,leading} donors
# "expressed understanding for Tokyo's approach"; "offered financing to"
cue support verb src=subj tgt=obj window=4 : {expressed,express,expresses,expressing,voiced,showed,show,shows} {understanding,sympathy} {for,of,with}
cue support verb src=subj tgt=+to,obj window=6 need=aid : offer{,s,ed,ing}
# (not "reliance on": mostly "reduce its reliance on Russian routes")
# sent troops, ships or advisers to a state (`prep basing`), after the
# transfer reading of "sent" with a weapon word
cue support verb src=subj tgt=obj window=3 : sen{d,ds,t,ding} {troops,soldiers,forces,peacekeepers,police officers,military advisers,advisers,instructors,a contingent,warships,a warship,a patrol vessel,vessels,marines} to
# opposition: isolating, dissolving, territorial claims
cue opposition verb src=subj tgt=obj window=4 : isolat{e,es,ing} | dissolv{e,es,ed,ing} | ostraci{s,z}{e,es,ed,ing}
cue opposition noun src=poss,+by,subj tgt=+against,+to,+on,+over window=6 : territorial claim{,s} | maritime claim{,s} | sovereignty claim{,s} | claim{,s} against
# criticism: "was disappointed by Caracas"
cue criticism verb src=subj tgt=obj window=4 : disappointed {by,with,in,at} | deeply disappointed {by,with,in,at} | frustrated {by,with} | unhappy with | dissatisfied with
# sanctions: the noun of a cut in aid ("the suspension of financial
# assistance to Georgia")
cue sanctions noun src=poss,+by,subj tgt=+to,+for window=6 : {suspension,freezing,withholding} of {aid,assistance,financial assistance,military aid,funding,funds,budget support} | {freeze,cut,cuts} in {aid,assistance,financial assistance,military aid,funding,budget support}
# conflict: launched weapons at a target (`prep materiel`)
cue conflict verb src=subj tgt=+at,+on,+against window=6 need=materiel : launch{,es,ed,ing} | fir{e,es,ed,ing}
# "Rwanda arms the M23", "Iran, which arms the Houthis" (a verb only right
# before its object)
cue arms_transfer verb src=subj tgt=obj window=2 : arms

# second pass over the CAMEO categories: appeals and apologies (02, 05),
# prisoner swaps (06), ultimatums and troop build-ups (13, 15), seizures of
# property and jailing (17), blockades, halted arms sales (16), mass
# violence (20)
cue diplomacy verb src=subj tgt=obj window=2 : plead{,s,ed,ing} with | pled with | implor{e,es,ed,ing} | apologi{s,z}{e,es,ed,ing} to
cue cooperation verb src=subj tgt=+with window=3 : {exchanged,exchange,exchanges,exchanging,swapped,swap,swaps,swapping} prisoners
cue cooperation noun tgt=+with,+between window=6 : prisoner swap{,s} | prisoner exchange{,s} | exchange of prisoners
cue opposition noun src=poss,+by,subj tgt=+to,+against window=4 : ultimatum{,s}
cue opposition noun src=poss,+by,subj tgt=obj window=5 : troop buildup | troop build-up | military buildup | military build-up | buildup of troops | build-up of troops | massing of troops
cue opposition verb src=subj tgt=obj window=4 : confiscat{e,es,ed,ing} | jail{,s,ed,ing} | nationali{s,z}{e,es,ed,ing}
# a naval blockade is force (CAMEO 191)
cue conflict verb src=subj tgt=obj window=4 : blockad{e,es,ed,ing}
cue sanctions verb src=subj tgt=obj window=3 : {halted,halt,halts,suspended,suspend,suspends} {arms sales,arms exports,weapons sales,weapons exports,arms deliveries,weapons deliveries} to | {froze,freeze,freezes,banned,ban,bans} {arms sales,arms exports,weapons sales,weapons exports,arms deliveries,weapons deliveries} to
cue conflict noun src=poss,+by,subj tgt=+against,+of window=6 : genocide | ethnic cleansing | massacre{,s} | mass killings | atrocities

# the nouns of verbs above that had none (each verb family has its
# nominalisation: "Peru's denunciation of Chile", "the designation of the
# group", "Turkey's rejection of the bid", "praise for Kenya")
cue criticism noun src=poss,+by,+from,subj tgt=+of,+against,+to window=4 : denunciation{,s} | censure | reprimand{,s} | condemnations | criticisms
cue opposition noun src=poss,+by,subj tgt=+of window=4 : rejection | obstruction
cue sanctions noun src=poss,+by,subj tgt=+of window=4 verdict=yes : designation{,s}
cue conflict noun src=poss,+by,subj tgt=+of,+against window=4 : assassination{,s} | abduction{,s}
cue support noun src=poss,+by,+from,subj tgt=+for,+of window=4 : praise
cue diplomacy noun src=poss,+by,subj tgt=+to window=4 : apolog{y,ies}
cue military_cooperation noun src=poss,+by,+from,subj tgt=+to,+for,+with,+of window=6 : military training | joint training | combat training | police training | training of troops

# -------------------------------------------------------------- modality
# "has not ruled out sanctions": a possibility, not a negation (before
# "not" and "ruled out", whose ranks it outranks)
modality hypothetical rank=11 scope=after : not ruled out | not rule out | not ruling out | {has,have,had} not ruled out | {did,does,do,would,will} not rule out | {hasn't,haven't,didn't,won't,wouldn't} rule{,d} out | never ruled out
modality negated rank=10 scope=after : improbable | unlikely | is not expected to | no longer | ruled out | rules out
# "There is no evidence that China has supplied weapons to Russia"
modality negated rank=10 scope=after window=12 : no evidence that | no evidence of | no sign that | no indication that | no proof that
modality negated rank=9 scope=after window=3 : not | never | n't | neither | nor | without | did not | does not | do not | has not | have not | had not | no
modality negated rank=9 scope=after window=3 : lifted | lifting | lifts | ended | ending | ends | halted | stopped | ceased | terminated | broke off | revoked | revokes | revoking | cancelled | canceled | cancels | scrapped | scraps | tore up | tears up | abrogated | annulled | eased | eases | easing
# "said it would not normalise its own relations with Damascus": a refusal
# stated in the future reaches a little further than a plain "not"
modality negated rank=9 scope=after window=5 : would not | will not | won't | shall not
# "Serbia has refused to impose sanctions on Russia", "failed to take
# effective action against the group", "continue to block Kosovo's
# membership of the UN"
modality negated rank=9 scope=after window=4 : block | blocks | blocked | blocking | prevent | prevents | prevented | preventing | avoided | avoids | avoiding | avoid | refused to | refuses to | refuse to | refusing to | refusal to | {declined,declines,declining,rejected,rejects,rejecting} {invitations,an invitation,the invitation,offers,an offer,the offer} to | declined to | declines to | decline to | declining to | failed to | fails to | fail to | failing to
modality denied rank=8 : denied | denies | deny | denying | denial{,s} | rejected claims | dismissed reports | refuted
modality alleged rank=6 : believe{,s,d} | believed to | evidence suggests | allegedly | reportedly | allegation{,s} | is said to | are said to | according to reports | purportedly | claims that | claimed that
# "alleged" judges what follows it ("the alleged deliveries", "Kyiv
# alleged that ..."), not a verb before it ("expelled a diplomat over
# alleged interference")
modality alleged rank=6 scope=after : alleged
# "sanctions on firms accused of helping Russia": what follows is alleged,
# not the sanctions before
modality alleged rank=6 scope=after window=3 : suspected of | accused of
# "Argentina would not take up the invitation to join the bloc", "an
# invitation to join NATO": an invitation is no membership yet
modality hypothetical rank=5 scope=after window=2 : invitation to | invitations to | an invitation to | the invitation to
modality hypothetical rank=5 : could | may | might | would | possibility | possible | possibly | potential | potentially | if | presumable | conceivable | perhaps
# "The President shall impose sanctions" (a bill, a treaty): an obligation
modality prescribed rank=4 : should | must | need{,s} to | ought to | has to | have to | it is essential | shall
# a demand governs what follows it: "vetoed a resolution calling for a
# ceasefire" is no prescribed veto
modality prescribed rank=4 scope=after : urged | urge{,s} | urging | calls for | called for | call for | calling for | called on | calls on | call on | calling on | recommend{,s,ed}
# an intention governs the verb after it: "signed trade deals with X,
# hoping to limit Y's influence" signed them (a forecast word such as
# "expected" or "planned" judges what comes before it too)
modality projected rank=3 scope=after : vowed to | vows to | vow to | promised to | promises to | promise to | applied to | applies to | apply to | applying to | offered to | offers to | offering to | is preparing | are preparing | preparing to | prepares to | hopes to | hope to | hoping to | seeks to | seek to | seeking to | aims to | aim to | wants to | want to | poised to | plans to | set to | is to | are to | intends to | going to
# modality gaps found in the inventory: hearsay ("is reported to have
# supplied"), the unfulfilled ("has yet to recognise", "stopped short of
# imposing"), the imminent ("is about to host"), conditions ("unless"),
# obligations ("is required to")
modality alleged rank=6 scope=after window=6 : is reported to | are reported to | was reported to | were reported to | is thought to | are thought to | was thought to | were thought to | is understood to | are understood to | is alleged to | are alleged to | was alleged to | were alleged to | is suspected of | are suspected of | unconfirmed reports | unverified reports
modality negated rank=9 scope=after window=4 : stopped short of | stops short of | stop short of | stopping short of | refrained from | refrains from | refrain from | has yet to | have yet to | had yet to | no plans to | rather than | instead of
modality projected rank=3 scope=after window=4 : is about to | are about to | was about to | on the verge of | slated to | is slated to | are slated to
modality hypothetical rank=5 scope=after window=8 : unless | in the event of | in case of | whether to
modality prescribed rank=4 scope=after window=6 : is required to | are required to | required to | is obliged to | are obliged to | obliged to | it is imperative | imperative that
# readiness and consideration ("stood ready to fund", "is considering
# sanctions", "mulling a visit")
modality projected rank=3 scope=after : ready to | stands ready to | stood ready to | stand ready to | willing to | prepared to | is due to | are due to | was due to | on course to | on track to
modality hypothetical rank=5 scope=after window=8 : considering | considers | is considering | are considering | was considering | mulling | mulls | contemplating | contemplates | weighing | mulled | contemplated
modality projected rank=3 : will | likely | anticipated | expected | expects | expect | forthcoming | upcoming | planned | scheduled | prospective | soon

# ------------------------------------------------------------ word lists
# Collective references: the dyad in focus (the latest relation between
# two states or bodies, or persons standing for their states, else the
# latest pair named together); with a kind, the two latest actors of that
# kind. An anaphor is the latest actor of its kind.
# "urged all parties to exercise restraint": the sides of the dyad in focus
collective : all parties | the parties | all sides
collective : both nations | both countries | both governments | both sides | both states | both parties | the two nations | the two countries | the two governments | the two sides | the two states | the two parties | the pair | the two neighbours | the two neighbors | the neighbours | the neighbors | both neighbours | both neighbors | the treaty | the pact | the accord | the two allies | both allies
collective : the two navies | both navies | the two militaries | both militaries | the two armies | both armies | the two air forces | the two coast guards | both coast guards | the two fleets
collective person : both leaders | the two leaders | the two presidents | both presidents | the two men | both men | the two women | both women | the two ministers | both ministers
# Written exact-case (=) so that a name does not lose its start: "the
# Alliance of Sahel States" is no anaphor. An anaphor whose last word is
# in the name of a recent actor of its kind is that actor ("the Union" =
# the European Union, "the Council" = the Security Council).
anaphor org : =the alliance | =The alliance | =the bloc | =The bloc | =the regional bloc | =The regional bloc | =the organisation | =The organisation | =the organization | =The organization | =the Union | =The Union | =the Council | =The Council | =the council | =The council | =the Assembly | =The Assembly | =the Commission | =The Commission | =the Court | =The Court | =the Agency | =The Agency | =the community | =The community
# "the representative of Ukraine said ... the aggression against her
# country": the state of the latest person, or of the official named by
# office only (`prep personal`)
anaphor state : =his country | =her country | =His country | =Her country | =his government | =her government | =His government | =Her government
anaphor state : =the country | =The country | =the regime | =The regime | =the military regime | =The military regime | =the junta | =The junta | =the military government | =The military government
anaphor group : =the de facto authorities | =The de facto authorities | =the group | =The group | =the militia | =The militia | =the movement | =The movement | =the rebels | =The rebels | =the militants | =The militants | =the insurgents | =The insurgents
# he/she: the latest person, or the state an official named by office
# only stands for ("the representative of the United Kingdom ... She")
anaphor person : he | she
# Collectives of more than two: the latest list of that kind named together
# ("Mali, Burkina Faso and Niger ... the three juntas").
collective state : the three countries | the three governments | the three states | the three nations | the three juntas | the juntas | the four countries | the four governments | the four nations | the five countries | the member states | the three allies | the four allies
collective person : the ministers | the three ministers | the four ministers | the leaders | the three leaders | the four leaders
coord : and | as well as | along with | together with | or | alongside
# Relative pronouns: after a comma they open a clause that runs to the next
# comma, with the actor before as subject ("Iran, which arms the Houthis,
# condemned ..."); right before a verb cue, a restrictive clause whose
# subject is the word before ("entities that supply arms").
relative : which | who | whose | whom | that | where
# First person plural: the body named after the document's first "We,"
# ("We, the G7 Foreign Ministers, ..."); unresolved without one.
self : =we | =We | =our | =Our
# Pronouns right before a verb (a modal or auxiliary may stand between):
# the source of the latest relation ("China condemned the move. It also
# accused ..."); elsewhere ("It is unlikely that") nobody.
pronoun : =it | =It | =they | =They
passive : was | were | is | are | been | being | be | has been | have been | had been
boundary : but | however | whereas | while | although | though | yet | meanwhile | instead
# Reported speech: a speech phrase ends a clause like a boundary; a
# relation cue after it that finds no source of its own takes the speaker
# (the actor before the phrase: "Kim said that he would stand with
# Russia"), and the phrase's modality when the cue's clause has none.
speech : admitted that | admits that | admit that | warned that | warns that | cautioned that | said that | says that | say that | stated that | states that | noted that | notes that | added that | argued that | argues that | told reporters that | told reporters | said it | said he | said she | said they | announced that | declared that | stressed that | insisted that | reiterated that
speech modality=alleged : claimed that | claims that | claim that | alleged that | alleges that
speech modality=denied : denied that | denies that | deny that | rejected claims that
speech modality=projected : promised that | promises that | pledged that | vowed that | vows that
# A state's adjective before these names no state ("the arms embargo on
# Haitian gangs", "Serb gunmen")
nonstate : gang{,s} | refugee{,s} | migrant{,s} | asylum seeker{,s} | gunm{an,en} | rebel{,s} | militant{,s} | insurgent{,s} | jihadist{,s} | extremist{,s} | militia{,s} | separatist{,s} | protester{,s} | dissident{,s} | smuggler{,s} | pirate{,s} | trafficker{,s} | cartel{,s} | mercenar{y,ies} | criminal{,s} | hackers | exiles | media | journalist{,s} | activist{,s} | opposition | civil society
# Possessive pronouns before a cue: the latest body named before them in
# the sentence ("we condemn its arms transfers to Russia")
posspron : its | their
# Votes: a text put to a vote is no actor; voting against (or for) it is
# opposition to (support of) its sponsors when the text names them
# ("a resolution drafted by X", "Introducing the draft, the representative
# of X"); an abstention is nothing.
motion : resolution | draft resolution | draft | text | draft text | motion | bill | amendment
sponsor : drafted by | presented by | sponsored by | co-sponsored by | tabled by | put forward by | introduced by | submitted by | proposed by | penned by | introducing the draft | introduced the draft | tabled the draft | presenting the draft | presented the draft | introducing the text | introduced the text
# Reciprocal objects: "X and Y accused each other", "the two sides blamed
# one another" relate each member of the subject to the others, both ways
reciprocal : each other | one another | the other
# Ellipsis: right after an actor that opens its clause or follows "and",
# with only a date after it, the latest relation again with that actor as
# source ("Finland joined NATO in 2023 and Sweden followed in 2024", "South
# Africa joined in 1994, and Mauritius the following year")
ellipsis : followed | followed suit | did the same | did likewise | echoed that call | echoed the call | echoed those calls | echoed the calls | echoed this call | joined the call | joined that call | joined those calls | made the same call | echoed that concern | echoed those concerns | echoed the concern | echoed the criticism | echoed that criticism | echoed those views | the following year | the next year | a year later | two years later | the year after | the same year | later | later that year | earlier that year | that year | soon after | shortly after | shortly afterwards | soon afterwards
# An earlier act as the object of a reaction ("Russia criticized the move",
# "Morocco regretted the decision"; also the pronoun "it"): the source of
# the latest relation between states or bodies of another type that is
# no reaction itself
# ... also with an adjective ("regretted the unilateral measures")
deed : the {unilateral,unprecedented,controversial,latest,provocative} {move,decision,measures}
# ... and in apposition before an object relative ("France sold jets to
# India, a move Pakistan condemned")
deed : a move | a decision | a step | a measure
deed : the move | the decision | the step | the measure | the measures | the announcement | this move | this decision | the incident | this incident | the incidents | the letter | the remarks | the comments | the statement | the shipment | the shipments | the deliveries | the law | the ruling | the verdict | the launch | the test | the charge | the charges | the accusation | the accusations | the allegation | the allegations | this charge | these charges | this accusation | these accusations
# "each side accused the other": before a verb cue and a reciprocal object,
# the dyad in focus, one relation each way; elsewhere nobody ("each side
# claimed victory")
distributive : each side | each country | each government | each party | each state | each nation | each army
# Grammatical words, one word each, compared with the word before or after
# a cue: `agent` names the agent of a passive verb ("was supplied by X") or
# an event noun ("the attack by X"); `between` gives both sides named after
# it; `charge` the deed in "accused X of arming ..."; `infinitive` may mark
# an infinitive ("a summit to discuss"), so it proves no target was said;
# `comitative` marks a target that a subject list shares ("X and Y
# exchanged letters with Z").
prep agent : by
prep between : between
prep charge : of
prep infinitive : to
prep comitative : with
# "Indonesia ordered jets from France and bought submarines from South
# Korea": an actor after one of these is no subject of a verb coordinated
# after it (the verb looks further back)
# "urged the Taliban to attend", "called on the leaders to meet": what a
# `soft=` cue asks for, conciliatory
# ("called on Managua to cooperate with the experts" stays pressure)
prep conciliatory : meet | attend | engage | negotiate | invest | participate | visit | talk | dialogue | reconcile
# "called for greater support from the African Union": an actor after it
# is where the help comes from, no object of a friendly verb
prep source : from
# "ordered Swedish-made jets": an actor joined by a hyphen to one of these
# is the maker of what follows, read as the state's adjective ("Swedish
# jets"), not as a modifier like "the Russian-led bloc"
prep origin : made | built | manufactured | produced | designed
prep oblique : from | to | against | on | into | toward | towards | over | at | for
# "the authorities in Kabul", "those in power in Damascus": after these a
# capital following a locative word is the state, not a place
prep seat : authorities | government | leadership | regime | rulers | power | administration | junta | ministry | affairs | ministers | cabinet
# "solidarity with the people of Pakistan", "support for the government of
# Haiti": the actor after the noun and its preposition is the target
prep standin : people | peoples | government | authorities | population | citizens | leadership | militants | fighters | forces | troops | officials | nationals | companies | firms | entities | individuals
# Verdicts: a `verdict=yes` cue relates only with one of these after it in
# its clause ("called the resolution politically motivated", "branded the
# move a provocation")
prep verdict : terrorist | motivated | politicised | politicized | threat | provocation | provocative | illegal | illegitimate | unlawful | unacceptable | aggression | baseless | unfounded | irresponsible | hostile | dangerous | destabilising | destabilizing | absurd | biased | interference | blackmail | piracy | terrorism | farce | sham | violation | unjustified | lies | propaganda | hypocritical | reckless | meddling | null | void | contrary | criminal | corrupt | assassins | murderers | dictator | dictatorship | tyrant | fascist | fascists | genocidal | inhumane | unjust | imperialist | competitor | rival | adversary | enemy | banned | outlawed | proscribed
# nouns naming a list given by apposition ("The guarantor countries, A, B
# and C, welcome ..."; later "the guarantors"): docs/lexicon.md
prep group : countries | states | nations | governments | guarantors | sponsors | chairs | mediators | signatories | facilitators | powers | members
# an accusation ("accused", "blamed") and the deed naming it: "X rejected
# the charges" opposes the latest accuser of X (docs/lexicon.md)
prep accusation : accused | accuses | accuse | accusing | blamed | blames | blame | blaming | charge | charges | accusation | accusations | allegation | allegations
# Subject pronouns: never a verb's object ("condemned what she called
# a campaign"); the object search ends at one
prep nominative : he | she | they | we
# After these, what follows is no friendly verb's object: "pledged to
# defend Tripoli against Haftar's offensive" supports nobody named
prep adverse : against
# A possessive pronoun that stands for one actor, not a list: "The EU
# should press Turkey and Egypt ... and condition its funding" (the EU's)
prep singular : its | him | it
# object pronouns right after a verb: the target of the sentence's
# relation before ("met Haftar in Benghazi and urged him to ..."; "him",
# also `singular`, only a single one)
prep objective : him | them
# "Serbia signed deals with China without consulting Brussels", "Armenia
# buys arms from India and France, to avoid depending on Russia", "so as
# not to depend on Moscow": the subject of a verb in such a phrase is the
# clause's, not the nearest name before it
prep adjunct : without | by | after | before | despite | besides | upon
prep purpose : order | as
# "according to UN experts, X supplied ...": the source quoted is no
# subject
prep attribution : according
# In a capitalized name after a state's adjective, these make it a
# movement's name that is not the state: "the Congolese Revolutionary
# Army", "the Russian Volunteer Corps" ("the Sudanese Armed Forces" stays
# Sudan's)
prep rebel : revolutionary | liberation | democratic | patriotic | popular | islamic | volunteer | resistance | salvation | insurgent | rebel | free | independence
# "courted Ethiopia's rivals": after a possessive these are others than
# the possessor, so the possessor is no object
prep rival : rival | rivals | enemy | enemies | adversary | adversaries | opponent | opponents | foe | foes | critics | detractors
# lower-case words inside a person's name after a title: "Egyptian
# President Abdel Fattah al-Sisi", "Prince Faisal bin Farhan", "Ursula
# von der Leyen", "Lula da Silva" (only between capitalized words)
prep particle : al | el | bin | ibn | ben | bint | de | da | do | dos | das | del | della | di | du | van | von | der | den | ter | le | la
# possessive determiners refer back: "X said that his delegation
# condemned ..." keeps X as the speaker, "said the government" does not
prep possessive : his | her | its | their | our | my | your
# "should prepare for coercion, including pressure on Taiwan's trade": a
# noun cue right after these is an item of a list, not the subject's act
prep inclusive : including | notably | especially | particularly
det : the | its | their | his | her | both | a | an | all | fellow | most | many | several | some | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | dozens of | hundreds of | scores of
# what a `need=materiel` cue needs after it ("the largest buyer of Russian
# weapons"), and a `need=aid` cue ("provided Damascus with military
# support")
prep materiel : weapons | weaponry | arms | armaments | equipment | missiles | drones | tanks | warplanes | fighter | fighters | jets | helicopters | munitions | ammunition | artillery | howitzers | submarines | frigates | warships | rifles | shells | rockets | interceptors | radars | launchers | missile | systems | batteries | aircraft | vehicles | UAVs | uavs | ammunitions | projectiles | bombs | explosives | grenades | mines | armour | armor | components | technology | technologies | tank | drone | jet | helicopter | warship | frigate | submarine | corvette | corvettes | destroyer | destroyers | boats | gunboats | vessels
# what a `need=privilege` cue needs after it ("withdrew Cambodia's
# preferential access")
prep privilege : preferences | access | privileges | status | exemption | exemptions
# what a basing `need=basing` cue needs after it ("granted the US access
# to four more military bases")
prep basing : bases | base | airfields | airbases | ports | facilities | troops | forces | soldiers | peacekeepers | police | contingent | contingents | advisers | advisors | instructors | trainers | personnel | marines | vessel | vessels | warships
# a speech verb without "that": a verb coordinated after ", and" past
# its clause has the speaker ("X's envoy said attacks by Y had killed
# soldiers, and accused Z")
# (also: a modality word after a later one is the speech's, not an
# earlier cue's: "warned X against it, saying it would retaliate")
# what a `need=peer` cue needs after it ("called his Qatari counterpart")
prep peer : counterpart | counterparts
prep saying : said | says | say | saying | told | added | stated | warned | noted
prep personal : his | her
# "the member states of ASEAN" are ASEAN
prep partitive : of
prep esteem : partner | partners | friend | friends | ally | allies
# a sentence's first word that starts no untitled name ("After Gustavo
# Petro took office": the name is "Gustavo Petro")
prep opener : after | before | when | since | under | as | during | following | despite | unlike | like | once | until | because | if | in | on | at | for | from | with | without | by | through | upon | whereas | while | although | though | meanwhile | then | but | and | or | yet | so | also | even | only | not | no | both | neither | either | whether | where | why | how | what | who | whom | which | whose | that | this | these | those | there | here | it | its | his | her | their | our | we | they | he | she | today | yesterday | tomorrow | last | next | every | each | all | some | many | most | few | several | such | other | another | new | former | current | senior | top | dear | mr | mrs | ms | dr | speaking | addressing | responding | replying | writing
prep departure : leave | withdraw | depart | quit | vacate | persona
prep aid : aid | support | assistance | funding | loan | loans | grants | financing | fuel | oil | grain | food | swap | credit | credits | funds | money | vaccines
# what a trade `need=commodity` cue needs after it ("buy Russian oil")
prep commodity : oil | gas | crude | grain | wheat | coal | LNG | fertiliser | fertilizer | goods | uranium | electricity | fuel | food
det : the | its | their | his | her | both | a | an | this | these | each | every | all | fellow | most | many | several | some | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | dozens of | hundreds of | scores of
# A capital after a locative word is a place, not its state: "they met in
# Rome", "talks in Geneva" ("Rome said" still names Italy).
locative : in | at | near | outside | inside | across | around | throughout
# "criticised what it calls U.S. efforts": the words of the speaker's framing
discard : what it calls | what it called | what they call | what they called | what he called | what she called | what it described as | what they described as
# broadcasters named after a state ("told France 2 television")
discard : France 2 | France 3 | France 24 | Russia 1 | Russia-1 | Russia 24
# a request names the help, not a helper: "asked the CSTO for help, after
# Azerbaijani forces attacked" (the request itself is "asked")
discard : for help | for assistance | for military help | for military assistance
# comparisons name no partner: "putting Washington on par with China"
discard : on par with | on a par with | compared with | compared to | in comparison with
discard : Korean Peninsula | Korean War | Cold War | Far East | Russian Far East | World War I | World War II | Second World War | First World War | Gulf War | Pacific Ocean | Indian Ocean | Atlantic Ocean | Red Sea | Black Sea | South China Sea | East China Sea | Sea of Japan | Middle East | South Asia | Southeast Asia | East Asia | Northeast Asia | Central Asia | Latin America | West Africa | East Africa | North Africa | Western Europe | Eastern Europe | Central Europe | the West | Western | New Year | Victory Day
abbrev : U.S. | U.K. | U.N. | E.U. | U.S.S.R. | Dr. | Mr. | Mrs. | Ms. | Prof. | Gen. | Col. | Lt. | Sgt. | Capt. | Adm. | Gov. | Sen. | Rep. | Rev. | St. | Sr. | Jr. | No. | Nos. | Art. | Sec. | para. | vol. | pp. | p. | e.g. | i.e. | etc. | vs. | cf. | approx. | Inc. | Corp. | Ltd. | Co. | Jan. | Feb. | Mar. | Apr. | Jun. | Jul. | Aug. | Sep. | Sept. | Oct. | Nov. | Dec. | a.m. | p.m. | est. | Mt. | Ft. | Ave. | Blvd. | Dept. | Univ. | Assn. | ed. | eds. | al. | fig. | Fig. | Tel. | ext.
month 1 : January | Jan. | =Jan
month 2 : February | Feb. | =Feb
month 3 : March | Mar.
month 4 : April | Apr. | =Apr
month 5 : May
month 6 : June | Jun. | =Jun
month 7 : July | Jul. | =Jul
month 8 : August | Aug. | =Aug
month 9 : September | Sep. | Sept. | =Sep | =Sept
month 10 : October | Oct. | =Oct
month 11 : November | Nov. | =Nov
month 12 : December | Dec. | =Dec
docdate : Date of Issue | Date of issue | Published | Published on | Dated | Issued | Posted | Updated
boilerplate : is a research fellow | is a senior research fellow | is a senior fellow | is a fellow | is a professor | is an associate professor | is an assistant professor | is a researcher | is a research associate | is a visiting fellow | is a nonresident fellow | is director of | is the director of | is a journalist | is a correspondent | is an analyst | is a senior analyst | is a lecturer | is a PhD candidate | All rights reserved | Copyright | © | Tel. | Phone | Fax | Email | E-mail | Website | For inquiries | Typeset by | Date of Issue | takes no institutional position | sole responsibility of the author | the views expressed | The views expressed | do not necessarily reflect | ISBN | ISSN | Subscribe | Follow us | Click here | Sign up | Related articles | Read more | Advertisement
