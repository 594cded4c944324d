# Intergovernmental bodies (and a few international NGOs). Format:
# docs/lexicon.md. Ids are the usual English acronyms; bodies of a parent
# body name it with `affiliation` (UN agencies: UN; Security Council
# committees: UNSC; EU institutions: EU).
#
# Acronyms are written in capitals so that they only match capitals. Where
# British style writes an acronym as a word ("Nato", "Opec", "Asean",
# "Unicef"), that one spelling is listed: under the default case rule only
# its written capital is required, so "Nato" matches both NATO and Nato.
#
# A name that opens with the last word of an `anaphor` ("Council",
# "Union", "Commission", "Community") has an alias with "the" too: the
# leftmost match wins, so without it "the Council" (an anaphor) would take
# the start of "the Council of Europe" and name nobody.

# ---------------------------------------------------------- United Nations
actor UN org United Nations
  alias United Nations | UN | U.N.
  # "New York" and "Turtle Bay" are left out: mostly the city itself
actor UNSC org UN Security Council
  alias UN Security Council | U.N. Security Council | United Nations Security Council | Security Council | UNSC
  affiliation UN
actor UNGA org UN General Assembly
  alias UN General Assembly | U.N. General Assembly | United Nations General Assembly | General Assembly | UNGA
  affiliation UN
actor UN_SECRETARIAT org UN Secretariat
  alias UN Secretariat | U.N. Secretariat | United Nations Secretariat
  affiliation UN
actor ECOSOC org UN Economic and Social Council
  alias Economic and Social Council | ECOSOC
  affiliation UN
actor UNHRC org UN Human Rights Council
  alias UN Human Rights Council | U.N. Human Rights Council | United Nations Human Rights Council | Human Rights Council | UNHRC
  affiliation UN
actor OHCHR org UN Human Rights Office
  alias Office of the United Nations High Commissioner for Human Rights | UN High Commissioner for Human Rights | UN Human Rights Office | OHCHR
  affiliation UN
actor ICJ org International Court of Justice
  alias International Court of Justice | ICJ | World Court
  affiliation UN
actor UNC org United Nations Command
  # the multinational command in Korea since 1950
  alias United Nations Command | UN Command | U.N. Command
  affiliation UN

# UN Security Council sanctions committees and their expert panels. The
# committees are named by the resolution that set them up.
actor UN_1718 org 1718 Committee
  # DPRK sanctions
  alias 1718 Committee | 1718 Sanctions Committee | Security Council Committee established pursuant to resolution 1718
  affiliation UNSC
actor UN_1718_POE org Panel of Experts on the DPRK
  # set up by resolution 1874 (2009); its mandate ended on 30 April 2024
  # after Russia vetoed the renewal. Bare "Panel of Experts" names many
  # panels: not listed.
  alias 1718 Committee Panel of Experts | Panel of Experts on North Korea | Panel of Experts on the DPRK | UN Panel of Experts on North Korea | Panel of Experts established pursuant to resolution 1874
  affiliation UNSC
actor UN_1267 org 1267 Committee
  alias 1267 Committee | ISIL (Da'esh) and Al-Qaida Sanctions Committee | Al-Qaida Sanctions Committee | 1267 Monitoring Team | Analytical Support and Sanctions Monitoring Team
  affiliation UNSC
actor UN_1988 org 1988 Committee
  # Taliban sanctions
  alias 1988 Committee | 1988 Sanctions Committee | Taliban Sanctions Committee
  affiliation UNSC
actor UN_1540 org 1540 Committee
  # non-proliferation of weapons of mass destruction to non-state actors
  alias 1540 Committee
  affiliation UNSC
actor UN_1970 org 1970 Committee
  # Libya sanctions
  alias 1970 Committee | Libya Sanctions Committee | Panel of Experts on Libya
  affiliation UNSC
actor UN_2140 org 2140 Committee
  # Yemen sanctions
  alias 2140 Committee | Yemen Sanctions Committee | Panel of Experts on Yemen
  affiliation UNSC
actor UN_1533 org 1533 Committee
  # DR Congo sanctions
  alias 1533 Committee | Group of Experts on the Democratic Republic of the Congo
  affiliation UNSC
actor MSMT org Multilateral Sanctions Monitoring Team
  # set up in October 2024 by eleven states after the end of the 1718
  # Panel of Experts; not a UN body
  alias Multilateral Sanctions Monitoring Team | MSMT

# UN agencies, funds, programmes and related organisations
actor IAEA org International Atomic Energy Agency
  alias International Atomic Energy Agency | IAEA
  affiliation UN
actor WHO org World Health Organization
  # "WHO" matches capitals only; all-capital headlines ("WHO WILL ...")
  # may still match
  alias World Health Organization | World Health Organisation | WHO
  affiliation UN
actor IMF org International Monetary Fund
  alias International Monetary Fund | IMF
  affiliation UN
actor WB org World Bank
  alias World Bank | World Bank Group | International Bank for Reconstruction and Development | IBRD
  affiliation UN
actor UNHCR org UN Refugee Agency
  alias UN Refugee Agency | UN High Commissioner for Refugees | United Nations High Commissioner for Refugees | Office of the United Nations High Commissioner for Refugees | UNHCR
  affiliation UN
actor UNICEF org UNICEF
  alias Unicef | United Nations Children's Fund | UN Children's Fund
  affiliation UN
actor WFP org World Food Programme
  alias World Food Programme | World Food Program | WFP
  affiliation UN
actor UNRWA org UNRWA
  alias Unrwa | United Nations Relief and Works Agency | United Nations Relief and Works Agency for Palestine Refugees in the Near East | UN Relief and Works Agency
  affiliation UN
actor UNDP org UN Development Programme
  alias United Nations Development Programme | UN Development Programme | UNDP
  affiliation UN
actor UNESCO org UNESCO
  alias Unesco | United Nations Educational, Scientific and Cultural Organization
  affiliation UN
actor FAO org Food and Agriculture Organization
  alias Food and Agriculture Organization | Food and Agriculture Organisation | FAO
  affiliation UN
actor ILO org International Labour Organization
  alias International Labour Organization | International Labour Organisation | International Labor Organization | ILO
  affiliation UN
actor IOM org International Organization for Migration
  alias International Organization for Migration | IOM
  affiliation UN
actor OCHA org UN Office for the Coordination of Humanitarian Affairs
  alias Office for the Coordination of Humanitarian Affairs | UN Office for the Coordination of Humanitarian Affairs | OCHA
  affiliation UN
actor UNIFIL org UNIFIL
  alias Unifil | United Nations Interim Force in Lebanon | UN Interim Force in Lebanon
  affiliation UN
actor MONUSCO org MONUSCO
  alias Monusco | United Nations Organization Stabilization Mission in the Democratic Republic of the Congo
  affiliation UN
actor UNAMA org UN Assistance Mission in Afghanistan
  alias Unama | United Nations Assistance Mission in Afghanistan | UN Assistance Mission in Afghanistan
  affiliation UN
actor UNMISS org UN Mission in South Sudan
  alias Unmiss | United Nations Mission in South Sudan | UN Mission in South Sudan
  affiliation UN
actor MINUSCA org MINUSCA
  alias Minusca | United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic
  affiliation UN
actor MINUSMA org MINUSMA
  alias Minusma | United Nations Multidimensional Integrated Stabilization Mission in Mali
  affiliation UN
actor UNFICYP org UNFICYP
  alias Unficyp | United Nations Peacekeeping Force in Cyprus | UN Peacekeeping Force in Cyprus
  affiliation UN
actor UNMIK org UNMIK
  alias Unmik | United Nations Interim Administration Mission in Kosovo | UN Interim Administration Mission in Kosovo
  affiliation UN
# international missions of the EU and NATO, and the international
# civilian office in Bosnia and Herzegovina
actor EUFOR org EUFOR Althea
  alias Eufor | Eufor Althea | Operation Althea | European Union Force in Bosnia and Herzegovina
  affiliation EU
actor EULEX org EULEX Kosovo
  alias Eulex | European Union Rule of Law Mission in Kosovo | EU Rule of Law Mission in Kosovo
  affiliation EU
actor KFOR org Kosovo Force
  alias Kfor | Kosovo Force
  affiliation NATO
actor OHR org Office of the High Representative
  alias Office of the High Representative | OHR
actor CTBTO org CTBTO
  alias Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO
actor OPCW org Organisation for the Prohibition of Chemical Weapons
  alias Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons | OPCW
actor WTO org World Trade Organization
  alias World Trade Organization | World Trade Organisation | WTO
actor ICC org International Criminal Court
  # "ICC" is also the International Cricket Council and the International
  # Chamber of Commerce; kept, as the court is the usual sense here
  alias International Criminal Court | ICC
actor PCA org Permanent Court of Arbitration
  alias Permanent Court of Arbitration

# ---------------------------------------------------------------- Europe
actor EU org European Union
  alias European Union | EU | E.U.
  # Brussels is Belgium's capital but names the EU far more often
  capital Brussels
actor EC org European Commission
  # "EC" alone is too ambiguous (election commissions, European Community)
  alias European Commission | EU Commission | Commission of the European Union | the Commission of the European Union
  affiliation EU
actor EUCO org European Council
  alias European Council
  affiliation EU
actor EU_COUNCIL org Council of the European Union
  alias Council of the European Union | Council of the EU | Council of Ministers of the European Union | the Council of the European Union | the Council of the EU | the Council of Ministers of the European Union
  affiliation EU
actor EP org European Parliament
  alias European Parliament | Europarliament
  affiliation EU
actor ECB org European Central Bank
  alias European Central Bank | ECB
  affiliation EU
actor EEAS org European External Action Service
  alias European External Action Service | EEAS
  affiliation EU
actor NATO org NATO
  alias Nato | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | North Atlantic Alliance | Atlantic Alliance
actor OSCE org Organization for Security and Co-operation in Europe
  alias Organization for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe | Organisation for Security and Co-operation in Europe | OSCE
actor COE org Council of Europe
  alias Council of Europe | CoE | the Council of Europe
actor ECHR org European Court of Human Rights
  alias European Court of Human Rights | ECtHR
  affiliation COE

actor WARSAW_PACT org Warsaw Pact
  # 1955-1991
  alias Warsaw Pact | Warsaw Treaty Organization | Warsaw Treaty Organisation

# ---------------------------------------------- post-Soviet and Eurasian
actor CIS org Commonwealth of Independent States
  alias Commonwealth of Independent States | CIS
actor CSTO org Collective Security Treaty Organization
  alias Collective Security Treaty Organization | Collective Security Treaty Organisation | CSTO
actor EAEU org Eurasian Economic Union
  alias Eurasian Economic Union | EAEU | EEU
actor SCO org Shanghai Cooperation Organisation
  alias Shanghai Cooperation Organisation | Shanghai Cooperation Organization | SCO

# ------------------------------------------------------------ groupings
actor G7 org Group of Seven
  alias G7 | G-7 | Group of Seven
actor G8 org Group of Eight
  # Russia's membership was suspended in 2014; the G8 became the G7 again
  alias G8 | G-8 | Group of Eight
actor G20 org Group of Twenty
  alias G20 | G-20 | Group of Twenty | Group of 20
actor BRICS org BRICS
  alias Brics
actor QUAD org Quadrilateral Security Dialogue
  # Australia, India, Japan, United States. Capitals required: not "quad"
  alias Quad | Quadrilateral Security Dialogue
actor AUKUS org AUKUS
  alias Aukus
actor OECD org Organisation for Economic Co-operation and Development
  alias Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development | OECD
actor OPEC org OPEC
  alias Opec | Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries
actor OPEC_PLUS org OPEC+
  alias Opec+ | Opec Plus
actor INTERPOL org Interpol
  alias Interpol | International Criminal Police Organization | International Criminal Police Organisation | ICPO
actor NON_ALIGNED org Non-Aligned Movement
  alias Non-Aligned Movement
actor COMMONWEALTH org Commonwealth of Nations
  # bare "Commonwealth" names many things: not listed
  alias Commonwealth of Nations | Commonwealth Secretariat
actor APEC org Asia-Pacific Economic Cooperation
  alias Asia-Pacific Economic Cooperation | APEC
actor IEA org International Energy Agency
  alias International Energy Agency | IEA

# ------------------------------------------------- Asia, Pacific, Americas
actor ASEAN org Association of Southeast Asian Nations
  alias Asean | Association of Southeast Asian Nations | Association of South East Asian Nations
actor PIF org Pacific Islands Forum
  alias Pacific Islands Forum
actor OAS org Organization of American States
  alias Organization of American States | Organisation of American States | OAS
actor MERCOSUR org Mercosur
  alias Mercosur | Mercosul | Southern Common Market
actor CARICOM org Caribbean Community
  alias Caribbean Community | Caricom
actor CELAC org Community of Latin American and Caribbean States
  alias Community of Latin American and Caribbean States | CELAC | the Community of Latin American and Caribbean States
actor AIIB org Asian Infrastructure Investment Bank
  alias Asian Infrastructure Investment Bank | AIIB
actor ADB org Asian Development Bank
  # "ADB" is also the African Development Bank (AfDB): the Asian one is
  # the usual sense
  alias Asian Development Bank | ADB
actor NDB org New Development Bank
  alias New Development Bank | BRICS Bank

# ------------------------------------------------- Africa and Middle East
actor AU org African Union
  # "AU" capitals only (also the symbol of gold in chemistry)
  alias African Union | AU
actor AUC org African Union Commission
  alias African Union Commission | AU Commission
  affiliation AU
actor ECOWAS org Economic Community of West African States
  alias Ecowas | Economic Community of West African States
actor SADC org Southern African Development Community
  alias Southern African Development Community | SADC
actor EAC org East African Community
  alias East African Community | EAC
actor ARCTIC_COUNCIL org Arctic Council
  alias Arctic Council
actor IGAD org Intergovernmental Authority on Development
  alias Intergovernmental Authority on Development | IGAD
actor AES org Alliance of Sahel States
  # Mali, Burkina Faso and Niger since 2023
  alias Alliance of Sahel States | Alliance des États du Sahel
actor LAS org Arab League
  alias Arab League | League of Arab States
actor GCC org Gulf Cooperation Council
  alias Gulf Cooperation Council | Cooperation Council for the Arab States of the Gulf | GCC
actor OIC org Organisation of Islamic Cooperation
  alias Organisation of Islamic Cooperation | Organization of Islamic Cooperation | Organisation of the Islamic Conference | Organization of the Islamic Conference | OIC
actor OTS org Organization of Turkic States
  # the Turkic Council until 2021 (Azerbaijan, Kazakhstan, Kyrgyzstan,
  # Türkiye, Uzbekistan)
  alias Organization of Turkic States | Organisation of Turkic States | Turkic Council | Cooperation Council of Turkic Speaking States | Cooperation Council of Turkic-Speaking States
actor SAARC org South Asian Association for Regional Cooperation
  alias South Asian Association for Regional Cooperation | SAARC
actor BIMSTEC org BIMSTEC
  alias Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation | BIMSTEC
actor IORA org Indian Ocean Rim Association
  alias Indian Ocean Rim Association | IORA
actor ANDEAN org Andean Community
  alias Andean Community | Comunidad Andina
actor SICA org Central American Integration System
  alias Central American Integration System | SICA
actor ALBA org ALBA
  alias Bolivarian Alliance for the Peoples of Our America | ALBA-TCP
actor PACIFIC_ALLIANCE org Pacific Alliance
  alias Pacific Alliance
actor LIMA_GROUP org Lima Group
  alias Lima Group
actor G77 org Group of 77
  alias Group of 77 | G77 | G-77
actor ECCAS org Economic Community of Central African States
  alias Economic Community of Central African States | ECCAS
actor COMESA org COMESA
  alias Common Market for Eastern and Southern Africa | COMESA
actor AMU org Arab Maghreb Union
  alias Arab Maghreb Union
actor CBSS org Council of the Baltic Sea States
  alias Council of the Baltic Sea States | CBSS | the Council of the Baltic Sea States
actor NORDIC_COUNCIL org Nordic Council
  alias Nordic Council
actor V4 org Visegrad Group
  alias Visegrad Group | Visegrad Four
actor UFM org Union for the Mediterranean
  alias Union for the Mediterranean | the Union for the Mediterranean

# ------------------------------------------ international NGOs (kind org)
actor ICRC org International Committee of the Red Cross
  alias International Committee of the Red Cross | ICRC
actor AMNESTY org Amnesty International
  alias Amnesty International
actor HRW org Human Rights Watch
  alias Human Rights Watch | HRW
actor MSF org Médecins Sans Frontières
  alias Médecins Sans Frontières | Doctors Without Borders | MSF
actor RWB org Reporters Without Borders
  # "RSF" is listed for the Rapid Support Forces (groups.lex), the sense
  # that matters for relations between armed actors
  alias Reporters Without Borders | Reporters sans frontières

# ---------------------------------------------------------------- discard
# Phrases that contain an alias above but name another body.
discard : National Security Council | Russian Security Council | Security Council of Russia | Security Council of the Russian Federation | Supreme National Security Council
discard : General Assembly of the Organization of American States | Interpol General Assembly
