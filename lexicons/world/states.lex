# States: the 193 UN member states, the two UN observer states (Holy See,
# State of Palestine), Taiwan, Kosovo, Northern Cyprus and five other
# states with little or no recognition (Somaliland, Transnistria, Abkhazia,
# South Ossetia, Western Sahara), and five former states (Soviet Union,
# Yugoslavia, Serbia and Montenegro, Czechoslovakia, East Germany).
# Format: docs/lexicon.md.
#
# `office leader head_of_government`: in parliamentary states "the
# leader" ("Japan's leader") is the head of government; elsewhere the
# `leader` title of lexicons/en.lex falls back to the head of state.
#
# Ids are ISO 3166-1 alpha-3 codes; Kosovo has no ISO code and uses the
# user-assigned XKX that the EU and the World Bank use.
#
#   alias    names: short name, official long name, former names still in
#            use, well-known abbreviations (written in capitals: they then
#            match capitals only, so "US" never matches "us")
#   adj      adjectives and demonyms
#   capital  capitals and seats used as metonyms ("Moscow said ...")
#
# Matching folds accents, case and apostrophes, so write each name once
# (Türkiye also matches Turkiye; Côte d'Ivoire matches Cote d’Ivoire).
# Ambiguous words left out on purpose are listed in README.md; the phrases
# at the end of this file (discard) stop place names that contain a state's
# name from naming the state ("New Mexico", "Northern Ireland").

# ------------------------------------------------------------------ A
actor AFG state Afghanistan
  alias Afghanistan | Islamic Republic of Afghanistan
  adj Afghan | Afghans
  capital Kabul
actor ALB state Albania
  alias Albania | Republic of Albania
  adj Albanian | Albanians
  capital Tirana
actor DZA state Algeria
  alias Algeria | People's Democratic Republic of Algeria
  adj Algerian | Algerians
  capital Algiers
actor AND state Andorra
  alias Andorra | Principality of Andorra
  adj Andorran | Andorrans
  capital Andorra la Vella
actor AGO state Angola
  alias Angola | Republic of Angola
  adj Angolan | Angolans
  capital Luanda
actor ATG state Antigua and Barbuda
  alias Antigua and Barbuda | Antigua
  adj Antiguan | Antiguans
  # St. John's: also the capital of Newfoundland; left out
actor ARG state Argentina
  alias Argentina | Argentine Republic
  adj Argentine | Argentines | Argentinian | Argentinians
  capital Buenos Aires | Casa Rosada
actor ARM state Armenia
  office leader head_of_government
  alias Armenia | Republic of Armenia
  adj Armenian | Armenians
  capital Yerevan
actor AUS state Australia
  office leader head_of_government
  alias Australia | Commonwealth of Australia
  adj Australian | Australians
  capital Canberra
actor AUT state Austria
  office leader head_of_government
  alias Austria | Republic of Austria
  adj Austrian | Austrians
  capital Vienna
actor AZE state Azerbaijan
  alias Azerbaijan | Republic of Azerbaijan
  adj Azerbaijani | Azerbaijanis | Azeri | Azeris
  capital Baku

# ------------------------------------------------------------------ B
actor BHS state Bahamas
  alias Bahamas | Commonwealth of The Bahamas
  adj Bahamian | Bahamians
  # Nassau: also a German region and a New York county; left out
actor BHR state Bahrain
  alias Bahrain | Kingdom of Bahrain
  adj Bahraini | Bahrainis
  capital Manama
actor BGD state Bangladesh
  office leader head_of_government
  alias Bangladesh | People's Republic of Bangladesh
  adj Bangladeshi | Bangladeshis
  capital Dhaka | Dacca
actor BRB state Barbados
  alias Barbados
  adj Barbadian | Barbadians | Bajan | Bajans
  capital Bridgetown
actor BLR state Belarus
  alias Belarus | Republic of Belarus | Byelorussia
  adj Belarusian | Belarusians | Belarusan | Byelorussian
  capital Minsk
actor BEL state Belgium
  office leader head_of_government
  alias Belgium | Kingdom of Belgium
  adj Belgian | Belgians
  # Brussels names the EU far more often than Belgium: see igos.lex
actor BLZ state Belize
  alias Belize
  adj Belizean | Belizeans
  capital Belmopan
actor BEN state Benin
  alias Benin | Republic of Benin
  adj Beninese
  capital Porto-Novo | Cotonou
actor BTN state Bhutan
  alias Bhutan | Kingdom of Bhutan
  adj Bhutanese
  capital Thimphu
actor BOL state Bolivia
  alias Bolivia | Plurinational State of Bolivia
  adj Bolivian | Bolivians
  capital La Paz
  # Sucre (the constitutional capital) is also a surname; left out
actor BIH state Bosnia and Herzegovina
  alias Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia | BiH
  adj Bosnian | Bosnians
  capital Sarajevo
actor BWA state Botswana
  alias Botswana | Republic of Botswana
  adj Motswana | Batswana
  capital Gaborone
actor BRA state Brazil
  alias Brazil | Federative Republic of Brazil
  adj Brazilian | Brazilians
  capital Brasília | Planalto Palace
actor BRN state Brunei
  alias Brunei | Brunei Darussalam
  adj Bruneian | Bruneians
  capital Bandar Seri Begawan
actor BGR state Bulgaria
  alias Bulgaria | Republic of Bulgaria
  adj Bulgarian | Bulgarians
  # Sofia: also a common given name; left out
actor BFA state Burkina Faso
  alias Burkina Faso | Burkina
  adj Burkinabe
  capital Ouagadougou
actor BDI state Burundi
  alias Burundi | Republic of Burundi
  adj Burundian | Burundians
  capital Gitega | Bujumbura

# ------------------------------------------------------------------ C
actor CPV state Cabo Verde
  alias Cabo Verde | Cape Verde | Republic of Cabo Verde
  adj Cape Verdean | Cape Verdeans | Cabo Verdean
  capital Praia
actor KHM state Cambodia
  alias Cambodia | Kingdom of Cambodia
  adj Cambodian | Cambodians | Khmer
  capital Phnom Penh
actor CMR state Cameroon
  alias Cameroon | Republic of Cameroon
  adj Cameroonian | Cameroonians
  capital Yaoundé
actor CAN state Canada
  office leader head_of_government
  alias Canada
  adj Canadian | Canadians
  capital Ottawa
actor CAF state Central African Republic
  alias Central African Republic | CAR
  adj Central African | Central Africans
  capital Bangui
actor TCD state Chad
  # "Chad" is also a first name; kept (capitals required: not "chad")
  alias Chad | Republic of Chad
  adj Chadian | Chadians
  capital N'Djamena
actor CHL state Chile
  alias Chile | Republic of Chile
  adj Chilean | Chileans
  # Santiago: also Santiago de Cuba, Santiago de Compostela, a given name
actor CHN state China
  alias China | People's Republic of China | PRC | P.R.C.
  # the armed forces act for the state
  alias People's Liberation Army | PLA
  adj Chinese | =Sino
  capital Beijing | Zhongnanhai
actor COL state Colombia
  alias Colombia | Republic of Colombia
  adj Colombian | Colombians
  capital Bogotá
actor COM state Comoros
  alias Comoros | Union of the Comoros | the Union of the Comoros
  adj Comoran | Comorian | Comorians
  capital Moroni
# Congo. English news (AP, Reuters) use bare "Congo" for the Democratic
# Republic of the Congo, the larger state and by far the more reported, and
# "Republic of Congo" or "Congo-Brazzaville" for the other one. Bare "Congo"
# and "Congolese" therefore name COD here.
actor COG state Republic of the Congo
  alias Republic of the Congo | Republic of Congo | Congo-Brazzaville | Congo Republic
  capital Brazzaville
actor COD state Democratic Republic of the Congo
  alias Democratic Republic of the Congo | Democratic Republic of Congo | DR Congo | DRC | D.R.C. | Congo-Kinshasa | Congo
  adj Congolese
  capital Kinshasa
actor CRI state Costa Rica
  alias Costa Rica | Republic of Costa Rica
  adj Costa Rican | Costa Ricans
  # San José: also San Jose, California; left out
actor CIV state Côte d'Ivoire
  alias Côte d'Ivoire | Ivory Coast | Republic of Côte d'Ivoire
  adj Ivorian | Ivorians
  capital Yamoussoukro | Abidjan
actor HRV state Croatia
  office leader head_of_government
  alias Croatia | Republic of Croatia
  adj Croatian | Croatians | Croat | Croats
  capital Zagreb
actor CUB state Cuba
  alias Cuba | Republic of Cuba
  adj Cuban | Cubans
  capital Havana
actor CYP state Cyprus
  alias Cyprus | Republic of Cyprus
  adj Cypriot | Cypriots
  capital Nicosia
actor CZE state Czechia
  office leader head_of_government
  alias Czechia | Czech Republic
  adj Czech | Czechs
  capital Prague

# ------------------------------------------------------------------ D
actor DNK state Denmark
  office leader head_of_government
  alias Denmark | Kingdom of Denmark
  adj Danish | Danes
  capital Copenhagen
actor DJI state Djibouti
  alias Djibouti | Republic of Djibouti
  adj Djiboutian | Djiboutians
actor DMA state Dominica
  # "Dominican" is left to the Dominican Republic
  alias Dominica | Commonwealth of Dominica
  capital Roseau
actor DOM state Dominican Republic
  alias Dominican Republic
  adj Dominican | Dominicans
  capital Santo Domingo

# ------------------------------------------------------------------ E
actor ECU state Ecuador
  alias Ecuador | Republic of Ecuador
  adj Ecuadorian | Ecuadorians | Ecuadoran
  capital Quito
actor EGY state Egypt
  alias Egypt | Arab Republic of Egypt
  adj Egyptian | Egyptians
  capital Cairo
actor SLV state El Salvador
  alias El Salvador | Republic of El Salvador
  adj Salvadoran | Salvadorans | Salvadorian
  capital San Salvador
actor GNQ state Equatorial Guinea
  alias Equatorial Guinea | Republic of Equatorial Guinea
  adj Equatorial Guinean | Equatoguinean
  capital Malabo
actor ERI state Eritrea
  alias Eritrea | State of Eritrea
  adj Eritrean | Eritreans
  capital Asmara
actor EST state Estonia
  office leader head_of_government
  alias Estonia | Republic of Estonia
  adj Estonian | Estonians
  capital Tallinn
actor SWZ state Eswatini
  alias Eswatini | Kingdom of Eswatini | Swaziland
  adj Swazi | Swazis | Emaswati
  capital Mbabane
actor ETH state Ethiopia
  office leader head_of_government
  alias Ethiopia | Federal Democratic Republic of Ethiopia
  adj Ethiopian | Ethiopians
  # Addis Ababa is also the African Union's seat; it names Ethiopia here
  capital Addis Ababa

# ------------------------------------------------------------------ F
actor FJI state Fiji
  alias Fiji | Republic of Fiji
  adj Fijian | Fijians
  capital Suva
actor FIN state Finland
  office leader head_of_government
  alias Finland | Republic of Finland
  adj Finnish | Finns
  capital Helsinki
actor FRA state France
  alias France | French Republic
  adj French
  capital Paris | Élysée | Élysée Palace | Quai d'Orsay

# ------------------------------------------------------------------ G
actor GAB state Gabon
  alias Gabon | Gabonese Republic
  adj Gabonese
  capital Libreville
actor GMB state Gambia
  alias Gambia | Republic of The Gambia
  adj Gambian | Gambians
  capital Banjul
actor GEO state Georgia
  office leader head_of_government
  # also a US state: kept, because the country is the usual sense in
  # writing on international affairs; "Atlanta" and friends are not listed
  alias Georgia | Sakartvelo
  adj Georgian | Georgians
  capital Tbilisi
actor DEU state Germany
  office leader head_of_government
  # West Germany (1949-1990) is listed here: the Federal Republic continues
  alias Germany | Federal Republic of Germany | West Germany
  adj German | Germans
  capital Berlin
actor GHA state Ghana
  alias Ghana | Republic of Ghana
  adj Ghanaian | Ghanaians
  capital Accra
actor GRC state Greece
  office leader head_of_government
  alias Greece | Hellenic Republic
  adj Greek | Greeks | Hellenic
  capital Athens
actor GRD state Grenada
  alias Grenada
  adj Grenadian | Grenadians
  # St. George's: left out (ambiguous)
actor GTM state Guatemala
  alias Guatemala | Republic of Guatemala
  adj Guatemalan | Guatemalans
  capital Guatemala City
actor GIN state Guinea
  # the longest match keeps Papua New Guinea, Equatorial Guinea and
  # Guinea-Bissau apart from Guinea
  alias Guinea | Republic of Guinea | Guinea-Conakry
  adj Guinean | Guineans
  capital Conakry
actor GNB state Guinea-Bissau
  alias Guinea-Bissau | Republic of Guinea-Bissau
  adj Bissau-Guinean | Bissau-Guineans
  capital Bissau
actor GUY state Guyana
  alias Guyana | Co-operative Republic of Guyana
  adj Guyanese
  # Georgetown: also a Washington neighbourhood and university; left out

# ------------------------------------------------------------------ H
actor HTI state Haiti
  alias Haiti | Republic of Haiti
  adj Haitian | Haitians
  capital Port-au-Prince
actor VAT state Holy See
  # UN observer state; "Vatican" is its usual name in the news
  alias Holy See | Vatican | Vatican City | Vatican City State
actor HND state Honduras
  alias Honduras | Republic of Honduras
  adj Honduran | Hondurans
  capital Tegucigalpa
actor HUN state Hungary
  office leader head_of_government
  alias Hungary
  adj Hungarian | Hungarians
  capital Budapest

# ------------------------------------------------------------------ I
actor ISL state Iceland
  office leader head_of_government
  alias Iceland
  adj Icelandic | Icelanders
  capital Reykjavík
actor IND state India
  office leader head_of_government
  alias India | Republic of India | Bharat
  adj Indian | Indians
  capital New Delhi | Delhi
actor IDN state Indonesia
  alias Indonesia | Republic of Indonesia
  adj Indonesian | Indonesians
  capital Jakarta
actor IRN state Iran
  alias Iran | Islamic Republic of Iran
  adj Iranian | Iranians
  capital Tehran | Teheran
actor IRQ state Iraq
  office leader head_of_government
  alias Iraq | Republic of Iraq
  adj Iraqi | Iraqis
  capital Baghdad
actor IRL state Ireland
  office leader head_of_government
  alias Ireland | Republic of Ireland
  adj Irish
  capital Dublin
actor ISR state Israel
  office leader head_of_government
  alias Israel | State of Israel
  adj Israeli | Israelis
  # Israel's seat of government; its status as capital is disputed, but
  # "Jerusalem" is the usual metonym for the Israeli government
  capital Jerusalem
actor ITA state Italy
  office leader head_of_government
  alias Italy | Italian Republic
  adj Italian | Italians
  capital Rome | Palazzo Chigi

# ------------------------------------------------------------------ J
actor JAM state Jamaica
  alias Jamaica
  adj Jamaican | Jamaicans
  # Kingston: also Kingston upon Thames and Kingston, Ontario; left out
actor JPN state Japan
  office leader head_of_government
  alias Japan
  adj Japanese
  capital Tokyo
actor JOR state Jordan
  # also a given name and the river (see discard below): kept
  alias Jordan | Hashemite Kingdom of Jordan
  adj Jordanian | Jordanians
  capital Amman

# ------------------------------------------------------------------ K
actor KAZ state Kazakhstan
  alias Kazakhstan | Republic of Kazakhstan
  adj Kazakh | Kazakhs | Kazakhstani
  capital Astana | Nur-Sultan
actor KEN state Kenya
  alias Kenya | Republic of Kenya
  adj Kenyan | Kenyans
  capital Nairobi
actor KIR state Kiribati
  alias Kiribati
  adj I-Kiribati
  capital Tarawa
actor XKX state Kosovo
  # not a UN member; id XKX is the user-assigned code used by the EU
  alias Kosovo | Republic of Kosovo
  adj Kosovar | Kosovars | Kosovan
  capital Pristina | Prishtina
actor XNC state Northern Cyprus
  # the Turkish Republic of Northern Cyprus: recognised by Türkiye only;
  # id XNC is user-assigned, like XKX
  alias Turkish Republic of Northern Cyprus | Northern Cyprus | TRNC | Turkish Cypriot State
  adj Turkish Cypriot | Turkish Cypriots
# Other states with no or little recognition that govern their territory;
# ids are user-assigned like XKX and XNC (Western Sahara keeps its ISO
# code). A separatist movement's armed group lives in groups.lex.
actor XSL state Somaliland
  # declared independence from Somalia in 1991; the longest match keeps
  # "Somaliland" apart from Somalia's adjective "Somali"
  alias Somaliland | Republic of Somaliland
  adj Somalilander | Somalilanders
  capital Hargeisa
actor XTR state Transnistria
  alias Transnistria | Transdniestria | Pridnestrovie | Pridnestrovian Moldavian Republic
  adj Transnistrian | Transnistrians
  capital Tiraspol
actor XAB state Abkhazia
  alias Abkhazia | Republic of Abkhazia
  adj Abkhaz | Abkhazian | Abkhazians
  capital Sukhumi
actor XSO state South Ossetia
  alias South Ossetia | Republic of South Ossetia
  adj South Ossetian | South Ossetians
  capital Tskhinvali
actor ESH state Western Sahara
  # the territory, and the Sahrawi Arab Democratic Republic that claims
  # it; the Polisario Front is in groups.lex
  alias Western Sahara | Sahrawi Arab Democratic Republic | SADR
  adj Sahrawi | Sahrawis
actor KWT state Kuwait
  alias Kuwait | State of Kuwait
  adj Kuwaiti | Kuwaitis
  capital Kuwait City
actor KGZ state Kyrgyzstan
  alias Kyrgyzstan | Kyrgyz Republic | Kirghizia
  adj Kyrgyz | Kyrgyzstani
  capital Bishkek

# ------------------------------------------------------------------ L
actor LAO state Laos
  alias Laos | Lao PDR | Lao People's Democratic Republic
  adj Lao | Laotian | Laotians
  capital Vientiane
actor LVA state Latvia
  office leader head_of_government
  alias Latvia | Republic of Latvia
  adj Latvian | Latvians
  capital Riga
actor LBN state Lebanon
  office leader head_of_government
  alias Lebanon | Lebanese Republic
  adj Lebanese
  capital Beirut
actor LSO state Lesotho
  alias Lesotho | Kingdom of Lesotho
  adj Basotho | Mosotho
  capital Maseru
actor LBR state Liberia
  alias Liberia | Republic of Liberia
  adj Liberian | Liberians
  capital Monrovia
actor LBY state Libya
  alias Libya | State of Libya
  adj Libyan | Libyans
  # Tripoli: also Tripoli in Lebanon; left out
actor LIE state Liechtenstein
  alias Liechtenstein | Principality of Liechtenstein
  adj Liechtensteiner | Liechtensteiners
  capital Vaduz
actor LTU state Lithuania
  office leader head_of_government
  alias Lithuania | Republic of Lithuania
  adj Lithuanian | Lithuanians
  capital Vilnius
actor LUX state Luxembourg
  office leader head_of_government
  alias Luxembourg | Grand Duchy of Luxembourg
  adj Luxembourgish | Luxembourger | Luxembourgers

# ------------------------------------------------------------------ M
actor MDG state Madagascar
  alias Madagascar | Republic of Madagascar
  adj Malagasy
  capital Antananarivo
actor MWI state Malawi
  alias Malawi | Republic of Malawi
  adj Malawian | Malawians
  capital Lilongwe
actor MYS state Malaysia
  office leader head_of_government
  alias Malaysia
  adj Malaysian | Malaysians
  capital Kuala Lumpur | Putrajaya
actor MDV state Maldives
  # Malé (capital) folds to "male": left out
  alias Maldives | Republic of Maldives
  adj Maldivian | Maldivians
actor MLI state Mali
  alias Mali | Republic of Mali
  adj Malian | Malians
  capital Bamako
actor MLT state Malta
  office leader head_of_government
  alias Malta | Republic of Malta
  adj Maltese
  capital Valletta
actor MHL state Marshall Islands
  alias Marshall Islands | Republic of the Marshall Islands
  adj Marshallese
  capital Majuro
actor MRT state Mauritania
  alias Mauritania | Islamic Republic of Mauritania
  adj Mauritanian | Mauritanians
  capital Nouakchott
actor MUS state Mauritius
  alias Mauritius | Republic of Mauritius
  adj Mauritian | Mauritians
  capital Port Louis
actor MEX state Mexico
  alias Mexico | United Mexican States
  adj Mexican | Mexicans
  capital Mexico City
actor FSM state Micronesia
  # "Micronesia" is also the wider Pacific region; kept
  alias Federated States of Micronesia | Micronesia
  adj Micronesian | Micronesians
  capital Palikir
actor MDA state Moldova
  alias Moldova | Republic of Moldova
  adj Moldovan | Moldovans
  capital Chișinău
actor MCO state Monaco
  alias Monaco | Principality of Monaco
  adj Monegasque
actor MNG state Mongolia
  alias Mongolia
  adj Mongolian | Mongolians
  capital Ulaanbaatar | Ulan Bator
actor MNE state Montenegro
  alias Montenegro
  adj Montenegrin | Montenegrins
  capital Podgorica
actor MAR state Morocco
  alias Morocco | Kingdom of Morocco
  adj Moroccan | Moroccans
  capital Rabat
actor MOZ state Mozambique
  alias Mozambique | Republic of Mozambique
  adj Mozambican | Mozambicans
  capital Maputo
actor MMR state Myanmar
  alias Myanmar | Burma | Republic of the Union of Myanmar
  adj Burmese | Myanmarese
  capital Naypyidaw | Naypyitaw | Nay Pyi Taw

# ------------------------------------------------------------------ N
actor NAM state Namibia
  alias Namibia | Republic of Namibia
  adj Namibian | Namibians
  capital Windhoek
actor NRU state Nauru
  alias Nauru | Republic of Nauru
  adj Nauruan | Nauruans
actor NPL state Nepal
  office leader head_of_government
  alias Nepal | Federal Democratic Republic of Nepal
  adj Nepali | Nepalis | Nepalese
  capital Kathmandu
actor NLD state Netherlands
  office leader head_of_government
  alias Netherlands | Kingdom of the Netherlands | Holland
  adj Dutch
  # The Hague names the international courts as often as the Dutch
  # government: left out; Amsterdam is rarely a metonym
actor NZL state New Zealand
  office leader head_of_government
  alias New Zealand | NZ
  adj New Zealander | New Zealanders
  capital =Wellington
actor NIC state Nicaragua
  alias Nicaragua | Republic of Nicaragua
  adj Nicaraguan | Nicaraguans
  capital Managua
actor NER state Niger
  alias Niger | Republic of the Niger | Republic of Niger
  adj Nigerien | Nigeriens
  capital Niamey
actor NGA state Nigeria
  alias Nigeria | Federal Republic of Nigeria
  adj Nigerian | Nigerians
  capital Abuja
actor PRK state North Korea
  # bare "Korea" names neither Korea: not listed
  alias North Korea | Democratic People's Republic of Korea | DPRK | D.P.R.K. | Korea, Democratic People's Republic of
  adj North Korean | North Koreans
  capital Pyongyang
actor MKD state North Macedonia
  # "Macedonia" is also a Greek region; kept for writing before 2019
  alias North Macedonia | Republic of North Macedonia | Macedonia | FYROM | Former Yugoslav Republic of Macedonia
  adj Macedonian | Macedonians | North Macedonian
  capital Skopje
actor NOR state Norway
  office leader head_of_government
  alias Norway | Kingdom of Norway
  adj Norwegian | Norwegians
  capital Oslo

# ------------------------------------------------------------------ O
actor OMN state Oman
  alias Oman | Sultanate of Oman
  adj Omani | Omanis
  capital Muscat

# ------------------------------------------------------------------ P
actor PAK state Pakistan
  office leader head_of_government
  alias Pakistan | Islamic Republic of Pakistan
  adj Pakistani | Pakistanis
  capital Islamabad
actor PLW state Palau
  alias Palau | Republic of Palau
  adj Palauan | Palauans
  capital Ngerulmud
actor PSE state Palestine
  # UN observer state. The Palestinian Authority is its government and is
  # listed as an alias.
  alias Palestine | State of Palestine | Palestinian Authority | Palestinian National Authority
  adj Palestinian | Palestinians
  capital Ramallah
actor PAN state Panama
  alias Panama | Republic of Panama
  adj Panamanian | Panamanians
  capital Panama City
actor PNG state Papua New Guinea
  alias Papua New Guinea | PNG
  adj Papua New Guinean | Papua New Guineans
  capital Port Moresby
actor PRY state Paraguay
  alias Paraguay | Republic of Paraguay
  adj Paraguayan | Paraguayans
  capital Asunción
actor PER state Peru
  alias Peru | Republic of Peru
  adj Peruvian | Peruvians
  capital Lima
actor PHL state Philippines
  alias Philippines | Republic of the Philippines
  adj Philippine | Filipino | Filipinos
  capital Manila | Malacañang
actor POL state Poland
  office leader head_of_government
  alias Poland | Republic of Poland
  adj Polish | Poles
  capital Warsaw
actor PRT state Portugal
  office leader head_of_government
  alias Portugal | Portuguese Republic
  adj Portuguese
  capital Lisbon

# ------------------------------------------------------------------ Q
actor QAT state Qatar
  alias Qatar | State of Qatar
  adj Qatari | Qataris
  capital Doha

# ------------------------------------------------------------------ R
actor ROU state Romania
  alias Romania | Rumania
  adj Romanian | Romanians
  capital Bucharest
actor RUS state Russia
  alias Russia | Russian Federation
  adj Russian | Russians
  capital Moscow | Kremlin
actor RWA state Rwanda
  alias Rwanda | Republic of Rwanda
  adj Rwandan | Rwandans
  capital Kigali

# ------------------------------------------------------------------ S
actor KNA state Saint Kitts and Nevis
  alias Saint Kitts and Nevis | St. Kitts and Nevis | St Kitts and Nevis | Federation of Saint Christopher and Nevis
  adj Kittitian | Kittitians
  capital Basseterre
actor LCA state Saint Lucia
  alias Saint Lucia | St. Lucia | St Lucia
  adj Saint Lucian | Saint Lucians | St. Lucian
  capital Castries
actor VCT state Saint Vincent and the Grenadines
  alias Saint Vincent and the Grenadines | St. Vincent and the Grenadines | St Vincent and the Grenadines
  adj Vincentian | Vincentians
  capital Kingstown
actor WSM state Samoa
  # "American Samoa" (a US territory) is a discard phrase
  alias Samoa | Independent State of Samoa
  adj Samoan | Samoans
  capital =Apia
actor SMR state San Marino
  alias San Marino | Republic of San Marino
  adj Sammarinese
actor STP state São Tomé and Príncipe
  alias São Tomé and Príncipe | São Tomé
  adj Santomean | Santomeans
actor SAU state Saudi Arabia
  alias Saudi Arabia | Kingdom of Saudi Arabia | KSA
  adj Saudi | Saudis
  capital Riyadh
actor SEN state Senegal
  alias Senegal | Republic of Senegal
  adj Senegalese
  capital Dakar
actor SRB state Serbia
  alias Serbia | Republic of Serbia
  adj Serbian | Serbians | Serb | Serbs
  capital Belgrade
actor SYC state Seychelles
  # Victoria (capital): far too ambiguous; left out
  alias Seychelles | Republic of Seychelles
  adj Seychellois
actor SLE state Sierra Leone
  alias Sierra Leone | Republic of Sierra Leone
  adj Sierra Leonean | Sierra Leoneans
  capital Freetown
actor SGP state Singapore
  office leader head_of_government
  alias Singapore | Republic of Singapore
  adj Singaporean | Singaporeans
actor SVK state Slovakia
  office leader head_of_government
  alias Slovakia | Slovak Republic
  adj Slovak | Slovaks | Slovakian
  capital Bratislava
actor SVN state Slovenia
  office leader head_of_government
  alias Slovenia | Republic of Slovenia
  adj Slovenian | Slovenians | Slovene | Slovenes
  capital Ljubljana
actor SLB state Solomon Islands
  alias Solomon Islands | Solomons
  adj Solomon Islander | Solomon Islanders
  capital Honiara
actor SOM state Somalia
  alias Somalia | Federal Republic of Somalia
  adj Somali | Somalis
  capital Mogadishu
actor ZAF state South Africa
  alias South Africa | Republic of South Africa
  adj South African | South Africans
  capital Pretoria
actor KOR state South Korea
  # bare "Korea" names neither Korea: not listed
  alias South Korea | Republic of Korea | ROK | R.O.K. | Korea, Republic of
  adj South Korean | South Koreans
  capital Seoul | Blue House
actor SSD state South Sudan
  alias South Sudan | Republic of South Sudan
  adj South Sudanese
  capital Juba
actor ESP state Spain
  office leader head_of_government
  alias Spain | Kingdom of Spain
  adj Spanish | Spaniards
  capital Madrid | Moncloa
actor LKA state Sri Lanka
  office leader head_of_government
  alias Sri Lanka | Democratic Socialist Republic of Sri Lanka | Ceylon
  adj Sri Lankan | Sri Lankans
  capital Colombo
actor SDN state Sudan
  alias Sudan | Republic of the Sudan | Republic of Sudan
  adj Sudanese
  capital Khartoum
actor SUR state Suriname
  alias Suriname | Surinam | Republic of Suriname
  adj Surinamese
  capital Paramaribo
actor SWE state Sweden
  office leader head_of_government
  alias Sweden | Kingdom of Sweden
  adj Swedish | Swedes
  capital Stockholm
actor CHE state Switzerland
  alias Switzerland | Swiss Confederation
  adj Swiss
  capital =Bern | =Berne
actor SYR state Syria
  alias Syria | Syrian Arab Republic
  adj Syrian | Syrians
  capital Damascus

# ------------------------------------------------------------------ T
actor TWN state Taiwan
  # not a UN member. "Chinese Taipei" and "Republic of China" win over
  # "Chinese" and "China" by the longest match.
  alias Taiwan | Republic of China | ROC | Chinese Taipei
  adj Taiwanese
  capital Taipei
actor TJK state Tajikistan
  alias Tajikistan | Republic of Tajikistan
  adj Tajik | Tajiks | Tajikistani
  capital Dushanbe
actor TZA state Tanzania
  alias Tanzania | United Republic of Tanzania
  adj Tanzanian | Tanzanians
  capital Dodoma | Dar es Salaam
actor THA state Thailand
  office leader head_of_government
  alias Thailand | Kingdom of Thailand | Siam
  adj Thai | Thais
  capital Bangkok
actor TLS state Timor-Leste
  alias Timor-Leste | East Timor | Democratic Republic of Timor-Leste
  adj Timorese | East Timorese
  capital Dili
actor TGO state Togo
  alias Togo | Togolese Republic
  adj Togolese
  capital Lomé
actor TON state Tonga
  alias Tonga | Kingdom of Tonga
  adj Tongan | Tongans
  capital Nuku'alofa
actor TTO state Trinidad and Tobago
  alias Trinidad and Tobago | Trinidad
  adj Trinidadian | Trinidadians
  capital Port of Spain
actor TUN state Tunisia
  alias Tunisia | Republic of Tunisia
  adj Tunisian | Tunisians
  capital Tunis
actor TUR state Türkiye
  office leader head_of_government
  # "Turkey" stays the usual English name; capitals required, so the bird
  # ("turkey") does not match
  alias Türkiye | Turkey | Republic of Türkiye | Republic of Turkey
  adj Turkish | Turks
  capital Ankara
actor TKM state Turkmenistan
  alias Turkmenistan
  adj Turkmen | Turkmens
  capital Ashgabat
actor TUV state Tuvalu
  alias Tuvalu
  adj Tuvaluan | Tuvaluans
  capital Funafuti

# ------------------------------------------------------------------ U
actor UGA state Uganda
  alias Uganda | Republic of Uganda
  adj Ugandan | Ugandans
  capital Kampala
actor UKR state Ukraine
  alias Ukraine
  adj Ukrainian | Ukrainians
  capital Kyiv | Kiev
actor ARE state United Arab Emirates
  alias United Arab Emirates | UAE | U.A.E.
  adj Emirati | Emiratis
  capital Abu Dhabi
actor GBR state United Kingdom
  office leader head_of_government
  alias United Kingdom | United Kingdom of Great Britain and Northern Ireland | UK | U.K. | Britain | Great Britain
  adj British | Briton | Britons | Brits
  capital London | Downing Street | Whitehall
actor USA state United States
  # "US" is capitals only by the default case rule: "us" never matches
  alias United States | United States of America | US | U.S. | USA | U.S.A. | America
  adj American | Americans
  capital Washington | Washington, D.C. | Washington DC | White House | Pentagon
  # executive departments acting for the state
  alias State Department | Department of State | Department of the Treasury | Treasury Department | US Treasury | U.S. Treasury | Department of Defense | Department of Commerce | Commerce Department | Office of Foreign Assets Control | OFAC
actor URY state Uruguay
  alias Uruguay | Oriental Republic of Uruguay
  adj Uruguayan | Uruguayans
  capital Montevideo
actor UZB state Uzbekistan
  alias Uzbekistan | Republic of Uzbekistan
  adj Uzbek | Uzbeks | Uzbekistani
  capital Tashkent

# ------------------------------------------------------------------ V
actor VUT state Vanuatu
  alias Vanuatu | Republic of Vanuatu
  adj Ni-Vanuatu
  capital Port Vila
actor VEN state Venezuela
  alias Venezuela | Bolivarian Republic of Venezuela
  adj Venezuelan | Venezuelans
  capital Caracas | Miraflores Palace
actor VNM state Vietnam
  alias Vietnam | Viet Nam | Socialist Republic of Vietnam | Socialist Republic of Viet Nam
  adj Vietnamese
  capital Hanoi

# ------------------------------------------------------------------ Y
actor YEM state Yemen
  alias Yemen | Republic of Yemen
  adj Yemeni | Yemenis
  # Sanaa is held by the Houthis since 2014 and often names them; kept
  # for Yemen, as the capital
  capital Sanaa | Sana'a

# ------------------------------------------------------------------ Z
actor ZMB state Zambia
  alias Zambia | Republic of Zambia
  adj Zambian | Zambians
  capital Lusaka
actor ZWE state Zimbabwe
  alias Zimbabwe | Republic of Zimbabwe
  adj Zimbabwean | Zimbabweans
  capital Harare

# ------------------------------------------------------------ former
# Former states, for historical writing. Ids are the ISO 3166-3 codes
# (withdrawn alpha-3 codes); capitals are left to the successor states.
actor SUN state Soviet Union
  alias Soviet Union | USSR | U.S.S.R. | Union of Soviet Socialist Republics | the Union of Soviet Socialist Republics
  adj Soviet | Soviets
actor YUG state Yugoslavia
  alias Yugoslavia | Socialist Federal Republic of Yugoslavia | Federal Republic of Yugoslavia
  adj Yugoslav | Yugoslavs
actor SCG state Serbia and Montenegro
  # 2003-2006; the longest match wins over Serbia and Montenegro
  alias Serbia and Montenegro | State Union of Serbia and Montenegro
actor CSK state Czechoslovakia
  alias Czechoslovakia | Czechoslovak Socialist Republic
  adj Czechoslovak
actor DDR state East Germany
  alias East Germany | German Democratic Republic | GDR
  adj East German | East Germans

# ------------------------------------------------------------- discard
# Places whose names contain a state's name or adjective but name no state
# (or another state). "Latin America" is in lexicons/en.lex.
discard : New Mexico | New Guinea | American Samoa | Northern Ireland | Northern Irish
discard : North America | South America | Central America | North American | South American | Central American | Latin American | African American | African Americans
discard : Niger Delta | Niger River | Jordan River | Jordan Valley | Congo River | Congo Basin
discard : Washington state | George Washington | Washington Post | University of Washington
discard : Rome Statute | Treaty of Rome | Paris Agreement | Paris Climate Agreement | Paris Club | Vienna Convention | Oslo Accords | Minsk agreements
discard : Turks and Caicos | Gulf of Mexico | Gulf of Guinea | Taiwan Strait | British Columbia
