# Non-state armed groups, militant and political movements, and private
# military companies (kind group). Format: docs/lexicon.md.
#
# Ids are short upper-case names. `affiliation` names the parent movement
# (an affiliate of al-Qaeda or of the Islamic State) or, for a private
# military company, the state it works for or is based in.
# State armed forces (the Tatmadaw, the IRGC, ...) are not listed here:
# they act for their state.
#
# Transliterations vary a lot; matching folds case, accents, apostrophes
# and dashes, but "al-Qaeda" and "al Qaeda" (dash against space) are two
# phrases. The longest match keeps "ISIS-K" apart from "ISIS" and
# "Kata'ib Hezbollah" apart from "Hezbollah".

# ---------------------------------------------- private military companies
actor WAGNER group Wagner Group
  # "Wagner" is also the composer; kept, as the PMC is the usual sense in
  # writing on international affairs
  alias Wagner Group | Wagner | PMC Wagner | Wagner PMC | Wagner mercenaries
  affiliation RUS
actor AFRICA_CORPS group Africa Corps
  # Russian Defence Ministry force that took over Wagner's African
  # operations from 2023-2024
  alias Africa Corps | Russian Africa Corps
  affiliation RUS
actor BLACKWATER group Blackwater
  # renamed Xe Services (2009) and Academi (2011), later part of Constellis
  alias Blackwater | Blackwater USA | Blackwater Worldwide | Xe Services | Academi
  affiliation USA

# ------------------------------------------------------------ Middle East
actor HAMAS group Hamas
  alias Hamas | Islamic Resistance Movement
actor QASSAM group Izz ad-Din al-Qassam Brigades
  alias Izz ad-Din al-Qassam Brigades | Izz al-Din al-Qassam Brigades | al-Qassam Brigades | Qassam Brigades
  affiliation HAMAS
actor PIJ group Palestinian Islamic Jihad
  alias Palestinian Islamic Jihad | Islamic Jihad | PIJ | Islamic Jihad Movement in Palestine
actor FATAH group Fatah
  alias Fatah
actor PLO group Palestine Liberation Organization
  alias Palestine Liberation Organization | Palestine Liberation Organisation | PLO
actor HEZBOLLAH group Hezbollah
  alias Hezbollah | Hizbollah | Hizbullah | Hizballah
actor KATAIB_HEZBOLLAH group Kata'ib Hezbollah
  alias Kata'ib Hezbollah | Kataib Hezbollah | Kata'ib Hizballah
actor PMF group Popular Mobilization Forces
  # Iraqi umbrella of mostly Shia militias, formally part of the Iraqi
  # state since 2016
  alias Popular Mobilization Forces | Popular Mobilisation Forces | Popular Mobilization Units | Hashd al-Shaabi | al-Hashd al-Shaabi | PMF
  affiliation IRQ
actor HOUTHIS group Houthis
  alias Houthis | Ansar Allah | Ansarallah | Houthi movement | Houthi rebels
  adj Houthi
actor ISIS group Islamic State
  # "Isis" (British style) also matches ISIS; "IS" alone is left out
  alias Islamic State | Islamic State of Iraq and Syria | Islamic State of Iraq and the Levant | Islamic State of Iraq and al-Sham | Isis | Isil | Daesh | Da'esh | Islamic State group
actor ISIS_K group Islamic State Khorasan Province
  alias Islamic State Khorasan Province | Islamic State in Khorasan Province | Islamic State Khorasan | Islamic State in Khorasan | Islamic State-Khorasan | ISIS-K | ISIL-K | IS-K | ISKP
  affiliation ISIS
actor ISWAP group Islamic State West Africa Province
  alias Islamic State West Africa Province | Islamic State in West Africa | ISWAP
  affiliation ISIS
actor ISSP group Islamic State Sahel Province
  alias Islamic State Sahel Province | Islamic State in the Greater Sahara | Islamic State Sahel | ISGS
  affiliation ISIS
actor ALQAEDA group al-Qaeda
  alias al-Qaeda | al Qaeda | al-Qaida | al Qaida | Al-Qa'ida | al-Qa'eda
actor AQAP group al-Qaeda in the Arabian Peninsula
  alias al-Qaeda in the Arabian Peninsula | al Qaeda in the Arabian Peninsula | al-Qaida in the Arabian Peninsula | AQAP
  affiliation ALQAEDA
actor AQIM group al-Qaeda in the Islamic Maghreb
  alias al-Qaeda in the Islamic Maghreb | al Qaeda in the Islamic Maghreb | al-Qaida in the Islamic Maghreb | AQIM
  affiliation ALQAEDA
actor NUSRA group al-Nusra Front
  # al-Qaeda's Syrian branch 2012-2016; then Jabhat Fateh al-Sham, merged
  # into HTS in 2017
  alias al-Nusra Front | Nusra Front | Jabhat al-Nusra | Jabhat Fateh al-Sham
  affiliation ALQAEDA
actor HTS group Hayat Tahrir al-Sham
  # led the offensive that ended the Assad government in December 2024 and
  # announced its dissolution into the new Syrian state in January 2025
  alias Hayat Tahrir al-Sham | Hay'at Tahrir al-Sham | Tahrir al-Sham | HTS
actor SNA group Syrian National Army
  # Turkish-backed Syrian opposition forces
  alias Syrian National Army
actor FSA group Free Syrian Army
  alias Free Syrian Army | FSA
actor PKK group PKK
  alias PKK | Kurdistan Workers' Party | Kurdistan Workers Party
actor YPG group YPG
  alias YPG | People's Protection Units | People's Defense Units
actor SDF group Syrian Democratic Forces
  # "SDF" is also Japan's Self-Defense Forces in writing on Japan; kept
  # for the Syrian sense (see README.md)
  alias Syrian Democratic Forces | SDF
actor MUSLIM_BROTHERHOOD group Muslim Brotherhood
  alias Muslim Brotherhood | Muslim Brothers

# ----------------------------------------------------------------- Africa
actor AL_SHABAAB group al-Shabaab
  alias al-Shabaab | al-Shabab | al Shabaab | al Shabab | Harakat al-Shabaab al-Mujahideen
  affiliation ALQAEDA
actor BOKO_HARAM group Boko Haram
  alias Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
actor JNIM group Jama'at Nusrat al-Islam wal-Muslimin
  alias Jama'at Nusrat al-Islam wal-Muslimin | Jamaat Nusrat al-Islam wal-Muslimin | Group for the Support of Islam and Muslims | JNIM
  affiliation ALQAEDA
actor RSF group Rapid Support Forces
  # Sudanese paramilitary at war with the Sudanese army since April 2023.
  # "RSF" is also Reporters Without Borders (igos.lex lists that one
  # without the abbreviation)
  alias Rapid Support Forces | RSF
actor JANJAWEED group Janjaweed
  alias Janjaweed | Janjawid
actor M23 group M23
  alias M23 | March 23 Movement | Mouvement du 23 mars
actor FDLR group Democratic Forces for the Liberation of Rwanda
  # Hutu-led armed group in eastern DR Congo
  alias Democratic Forces for the Liberation of Rwanda | FDLR
actor ADF group Allied Democratic Forces
  alias Allied Democratic Forces
  affiliation ISIS
actor TPLF group Tigray People's Liberation Front
  alias Tigray People's Liberation Front | TPLF
actor LRA group Lord's Resistance Army
  alias Lord's Resistance Army | LRA
actor POLISARIO group Polisario Front
  alias Polisario Front | Polisario | Frente Polisario
actor LNA group Libyan National Army
  # Khalifa Haftar's forces in eastern Libya (officially the Libyan Arab
  # Armed Forces since 2021)
  alias Libyan National Army | LNA | Libyan Arab Armed Forces

# ------------------------------------------------------------------- Asia
actor TALIBAN group Taliban
  # in power in Afghanistan since August 2021
  alias Taliban | Taleban | Islamic Emirate of Afghanistan
actor HAQQANI group Haqqani network
  alias Haqqani network
  affiliation TALIBAN
actor TTP group Tehrik-i-Taliban Pakistan
  alias Tehrik-i-Taliban Pakistan | Tehrik-e-Taliban Pakistan | Tehreek-e-Taliban Pakistan | Pakistani Taliban | TTP
actor HAFIZ_GUL_BAHADUR group Hafiz Gul Bahadur
  # a militant faction of North Waziristan, allied with the TTP
  alias Hafiz Gul Bahadur group | Hafiz Gul Bahadur | Gul Bahadur group
actor LET group Lashkar-e-Taiba
  alias Lashkar-e-Taiba | Lashkar-e-Toiba | Lashkar-e-Tayyiba | LeT
actor JEM group Jaish-e-Mohammed
  alias Jaish-e-Mohammed | Jaish-e-Muhammad | Jaish-e-Mohammad | JeM
actor BLA group Balochistan Liberation Army
  alias Balochistan Liberation Army | Baloch Liberation Army | BLA
actor BLF group Balochistan Liberation Front
  alias Balochistan Liberation Front | Baloch Liberation Front | BLF
actor JAISH_AL_ADL group Jaish al-Adl
  alias Jaish al-Adl | Jaish ul-Adl | Jaish al-Adal
actor ARAKAN_ARMY group Arakan Army
  # "AA" alone is too ambiguous
  alias Arakan Army
actor KIA_MM group Kachin Independence Army
  # "KIA" (also "killed in action", the carmaker) is left out
  alias Kachin Independence Army
actor MNDAA group Myanmar National Democratic Alliance Army
  alias Myanmar National Democratic Alliance Army | MNDAA
actor TNLA group Ta'ang National Liberation Army
  alias Ta'ang National Liberation Army | TNLA
actor KNU group Karen National Union
  alias Karen National Union | KNU
actor PDF_MM group People's Defence Force
  # armed wing of Myanmar's National Unity Government; "PDF" is left out
  alias People's Defence Force | People's Defense Force
actor ABU_SAYYAF group Abu Sayyaf
  alias Abu Sayyaf | Abu Sayyaf Group
  affiliation ISIS

# --------------------------------------------------------------- Americas
actor FARC group FARC
  # demobilised under the 2016 peace agreement; dissident factions (the
  # Estado Mayor Central, Segunda Marquetalia) go on fighting
  alias Farc | Revolutionary Armed Forces of Colombia | FARC dissidents
actor ELN group National Liberation Army
  alias ELN | National Liberation Army of Colombia | Ejército de Liberación Nacional
actor SHINING_PATH group Shining Path
  alias Shining Path | Sendero Luminoso
