# Leaders: heads of state and of government and foreign ministers since
# 2000 of the P5, the G20 states and both Koreas, the UN
# Secretaries-General, EU and NATO leaders, and a few other prominent
# leaders. Format: docs/lexicon.md.
#
# Ids are the slug of the full name as usually written in English news
# (lower-case ASCII, accents stripped, words joined by _), the same slug the
# extractor makes for persons it finds after a title.
#
# Roles use the role names of the `title` directives in lexicons/en.lex:
#   head_of_state       President, King, Queen, Emperor, Supreme Leader,
#                       Secretary-General (of the UN and of NATO)
#   head_of_government  Prime Minister, Premier, Chancellor
#   foreign_minister    Foreign Minister, Foreign Secretary, Secretary of
#                       State (US), EU High Representative
# A president who leads the government too (United States, Brazil, ...)
# has head_of_state only: no "prime minister" title names them. Acting
# and interim office holders of a few days or weeks are left out.
#
# Dates are from general knowledge, not from a database: where the day is
# not certain only the month or the year is given (partial ISO dates).
#
# Aliases: the full name, usual variants and transliterations, and the bare
# surname only where no other person in world news is usually called by it
# (not "Kim", "Lee", "Li", "Wang", "Park", "Moon", "Brown", "Johnson", "May",
# "Clinton", "Powell", "Singh", ...). "Xi" is exact-case (=Xi) so that the
# Roman numeral XI does not match.

# =================================================================== USA
actor bill_clinton person Bill Clinton
  alias Bill Clinton | William Jefferson Clinton | William J. Clinton
  affiliation USA
  role head_of_state USA 1993-01-20..2001-01-20
actor george_w_bush person George W. Bush
  # "Bush" alone: his father (president 1989-1993) is before this list
  alias George W. Bush | George W Bush | George Bush | Bush
  affiliation USA
  role head_of_state USA 2001-01-20..2009-01-20
actor barack_obama person Barack Obama
  alias Barack Obama | Barack Hussein Obama | Obama
  affiliation USA
  role head_of_state USA 2009-01-20..2017-01-20
actor donald_trump person Donald Trump
  alias Donald Trump | Donald J. Trump | Donald John Trump | Trump
  affiliation USA
  role head_of_state USA 2017-01-20..2021-01-20
  role head_of_state USA 2025-01-20..
actor joe_biden person Joe Biden
  alias Joe Biden | Joseph Biden | Joseph R. Biden | Joseph Robinette Biden | Biden
  affiliation USA
  role head_of_state USA 2021-01-20..2025-01-20
actor madeleine_albright person Madeleine Albright
  alias Madeleine Albright | Albright
  affiliation USA
  role foreign_minister USA 1997-01-23..2001-01-20
actor colin_powell person Colin Powell
  alias Colin Powell
  affiliation USA
  role foreign_minister USA 2001-01-20..2005-01-26
actor condoleezza_rice person Condoleezza Rice
  alias Condoleezza Rice | Condi Rice
  affiliation USA
  role foreign_minister USA 2005-01-26..2009-01-20
actor hillary_clinton person Hillary Clinton
  alias Hillary Clinton | Hillary Rodham Clinton
  affiliation USA
  role foreign_minister USA 2009-01-21..2013-02-01
actor john_kerry person John Kerry
  alias John Kerry
  affiliation USA
  role foreign_minister USA 2013-02-01..2017-01-20
actor rex_tillerson person Rex Tillerson
  alias Rex Tillerson | Tillerson
  affiliation USA
  role foreign_minister USA 2017-02-01..2018-03-31
actor mike_pompeo person Mike Pompeo
  alias Mike Pompeo | Michael Pompeo | Pompeo
  affiliation USA
  role foreign_minister USA 2018-04-26..2021-01-20
actor antony_blinken person Antony Blinken
  alias Antony Blinken | Tony Blinken | Blinken
  affiliation USA
  role foreign_minister USA 2021-01-26..2025-01-20
actor marco_rubio person Marco Rubio
  alias Marco Rubio | Rubio
  affiliation USA
  role foreign_minister USA 2025-01-21..

# ================================================================ Russia
actor vladimir_putin person Vladimir Putin
  alias Vladimir Putin | Vladimir Vladimirovich Putin | Putin
  affiliation RUS
  role head_of_government RUS 1999-08-16..2000-05-07
  role head_of_state RUS 1999-12-31..2008-05-07
  role head_of_government RUS 2008-05-08..2012-05-07
  role head_of_state RUS 2012-05-07..
actor dmitry_medvedev person Dmitry Medvedev
  alias Dmitry Medvedev | Dmitri Medvedev | Dmitry Anatolyevich Medvedev | Medvedev
  affiliation RUS
  role head_of_state RUS 2008-05-07..2012-05-07
  role head_of_government RUS 2012-05-08..2020-01-16
actor mikhail_kasyanov person Mikhail Kasyanov
  alias Mikhail Kasyanov | Kasyanov
  affiliation RUS
  role head_of_government RUS 2000-05-07..2004-02-24
actor mikhail_fradkov person Mikhail Fradkov
  alias Mikhail Fradkov | Fradkov
  affiliation RUS
  role head_of_government RUS 2004-03-05..2007-09-12
actor viktor_zubkov person Viktor Zubkov
  alias Viktor Zubkov | Zubkov
  affiliation RUS
  role head_of_government RUS 2007-09-14..2008-05-07
actor mikhail_mishustin person Mikhail Mishustin
  alias Mikhail Mishustin | Mishustin
  affiliation RUS
  role head_of_government RUS 2020-01-16..
actor igor_ivanov person Igor Ivanov
  alias Igor Ivanov | Igor Sergeyevich Ivanov
  affiliation RUS
  role foreign_minister RUS 1998-09-11..2004-03-09
actor sergei_lavrov person Sergei Lavrov
  alias Sergei Lavrov | Sergey Lavrov | Sergei Viktorovich Lavrov | Lavrov
  affiliation RUS
  role foreign_minister RUS 2004-03-09..
# senior officials listed for their prominence (no role above)
actor sergei_naryshkin person Sergei Naryshkin
  # director of the Foreign Intelligence Service (SVR) since 2016
  alias Sergei Naryshkin | Sergey Naryshkin | Naryshkin
  affiliation RUS
actor alexandr_kozlov person Alexandr Kozlov
  # Minister of Natural Resources (2020-), co-chair of the Russia-DPRK
  # intergovernmental commission. Bare "Kozlov" is a common surname.
  alias Alexandr Kozlov | Alexander Kozlov | Aleksandr Kozlov
  affiliation RUS

# ================================================================= China
actor jiang_zemin person Jiang Zemin
  alias Jiang Zemin
  affiliation CHN
  role head_of_state CHN 1993-03-27..2003-03-15
actor hu_jintao person Hu Jintao
  alias Hu Jintao
  affiliation CHN
  role head_of_state CHN 2003-03-15..2013-03-14
actor xi_jinping person Xi Jinping
  alias Xi Jinping | =Xi
  affiliation CHN
  role head_of_state CHN 2013-03-14..
actor zhu_rongji person Zhu Rongji
  alias Zhu Rongji
  affiliation CHN
  role head_of_government CHN 1998-03-17..2003-03-16
actor wen_jiabao person Wen Jiabao
  alias Wen Jiabao
  affiliation CHN
  role head_of_government CHN 2003-03-16..2013-03-15
actor li_keqiang person Li Keqiang
  alias Li Keqiang
  affiliation CHN
  role head_of_government CHN 2013-03-15..2023-03-11
actor li_qiang person Li Qiang
  alias Li Qiang
  affiliation CHN
  role head_of_government CHN 2023-03-11..
actor tang_jiaxuan person Tang Jiaxuan
  alias Tang Jiaxuan
  affiliation CHN
  role foreign_minister CHN 1998-03..2003-03-17
actor li_zhaoxing person Li Zhaoxing
  alias Li Zhaoxing
  affiliation CHN
  role foreign_minister CHN 2003-03-17..2007-04-27
actor yang_jiechi person Yang Jiechi
  alias Yang Jiechi
  affiliation CHN
  role foreign_minister CHN 2007-04-27..2013-03-16
actor wang_yi person Wang Yi
  alias Wang Yi
  affiliation CHN
  role foreign_minister CHN 2013-03-16..2022-12-30
  role foreign_minister CHN 2023-07-25..
actor qin_gang person Qin Gang
  alias Qin Gang
  affiliation CHN
  role foreign_minister CHN 2022-12-30..2023-07-25

# ======================================================== United Kingdom
actor elizabeth_ii person Elizabeth II
  # also head of state of Australia, Canada and other Commonwealth realms
  alias Queen Elizabeth II | Queen Elizabeth | Elizabeth II
  affiliation GBR
  role head_of_state GBR 1952-02-06..2022-09-08
  role head_of_state AUS 1952-02-06..2022-09-08
  role head_of_state CAN 1952-02-06..2022-09-08
actor charles_iii person Charles III
  alias King Charles III | King Charles | Charles III | Prince Charles
  affiliation GBR
  role head_of_state GBR 2022-09-08..
  role head_of_state AUS 2022-09-08..
  role head_of_state CAN 2022-09-08..
actor tony_blair person Tony Blair
  alias Tony Blair | Blair
  affiliation GBR
  role head_of_government GBR 1997-05-02..2007-06-27
actor gordon_brown person Gordon Brown
  alias Gordon Brown
  affiliation GBR
  role head_of_government GBR 2007-06-27..2010-05-11
actor david_cameron person David Cameron
  alias David Cameron
  affiliation GBR
  role head_of_government GBR 2010-05-11..2016-07-13
  role foreign_minister GBR 2023-11-13..2024-07-05
actor theresa_may person Theresa May
  # never bare "May" (the month)
  alias Theresa May
  affiliation GBR
  role head_of_government GBR 2016-07-13..2019-07-24
actor boris_johnson person Boris Johnson
  alias Boris Johnson
  affiliation GBR
  role foreign_minister GBR 2016-07-13..2018-07-09
  role head_of_government GBR 2019-07-24..2022-09-06
actor liz_truss person Liz Truss
  alias Liz Truss | Elizabeth Truss | Truss
  affiliation GBR
  role foreign_minister GBR 2021-09-15..2022-09-06
  role head_of_government GBR 2022-09-06..2022-10-25
actor rishi_sunak person Rishi Sunak
  alias Rishi Sunak | Sunak
  affiliation GBR
  role head_of_government GBR 2022-10-25..2024-07-05
actor keir_starmer person Keir Starmer
  alias Keir Starmer | Sir Keir Starmer | Starmer
  affiliation GBR
  role head_of_government GBR 2024-07-05..
actor robin_cook person Robin Cook
  alias Robin Cook
  affiliation GBR
  role foreign_minister GBR 1997-05-02..2001-06-08
actor jack_straw person Jack Straw
  alias Jack Straw
  affiliation GBR
  role foreign_minister GBR 2001-06-08..2006-05-05
actor margaret_beckett person Margaret Beckett
  alias Margaret Beckett
  affiliation GBR
  role foreign_minister GBR 2006-05-05..2007-06-27
actor david_miliband person David Miliband
  alias David Miliband
  affiliation GBR
  role foreign_minister GBR 2007-06-28..2010-05-11
actor william_hague person William Hague
  alias William Hague
  affiliation GBR
  role foreign_minister GBR 2010-05-12..2014-07-14
actor philip_hammond person Philip Hammond
  alias Philip Hammond
  affiliation GBR
  role foreign_minister GBR 2014-07-14..2016-07-13
actor jeremy_hunt person Jeremy Hunt
  alias Jeremy Hunt
  affiliation GBR
  role foreign_minister GBR 2018-07-09..2019-07-24
actor dominic_raab person Dominic Raab
  alias Dominic Raab | Raab
  affiliation GBR
  role foreign_minister GBR 2019-07-24..2021-09-15
actor james_cleverly person James Cleverly
  alias James Cleverly
  affiliation GBR
  role foreign_minister GBR 2022-09-06..2023-11-13
actor david_lammy person David Lammy
  alias David Lammy | Lammy
  affiliation GBR
  role foreign_minister GBR 2024-07-05..2025-09-05
actor yvette_cooper person Yvette Cooper
  alias Yvette Cooper
  affiliation GBR
  role foreign_minister GBR 2025-09-05..

# ================================================================ France
actor jacques_chirac person Jacques Chirac
  alias Jacques Chirac | Chirac
  affiliation FRA
  role head_of_state FRA 1995-05-17..2007-05-16
actor nicolas_sarkozy person Nicolas Sarkozy
  alias Nicolas Sarkozy | Sarkozy
  affiliation FRA
  role head_of_state FRA 2007-05-16..2012-05-15
actor francois_hollande person François Hollande
  alias François Hollande | Hollande
  affiliation FRA
  role head_of_state FRA 2012-05-15..2017-05-14
actor emmanuel_macron person Emmanuel Macron
  alias Emmanuel Macron | Macron
  affiliation FRA
  role head_of_state FRA 2017-05-14..
actor lionel_jospin person Lionel Jospin
  alias Lionel Jospin | Jospin
  affiliation FRA
  role head_of_government FRA 1997-06-02..2002-05-06
actor jean_pierre_raffarin person Jean-Pierre Raffarin
  alias Jean-Pierre Raffarin | Raffarin
  affiliation FRA
  role head_of_government FRA 2002-05-06..2005-05-31
actor dominique_de_villepin person Dominique de Villepin
  alias Dominique de Villepin | Villepin
  affiliation FRA
  role foreign_minister FRA 2002-05-07..2004-03-31
  role head_of_government FRA 2005-05-31..2007-05-17
actor francois_fillon person François Fillon
  alias François Fillon | Fillon
  affiliation FRA
  role head_of_government FRA 2007-05-17..2012-05-15
actor jean_marc_ayrault person Jean-Marc Ayrault
  alias Jean-Marc Ayrault | Ayrault
  affiliation FRA
  role head_of_government FRA 2012-05-15..2014-03-31
  role foreign_minister FRA 2016-02-11..2017-05-17
actor manuel_valls person Manuel Valls
  alias Manuel Valls | Valls
  affiliation FRA
  role head_of_government FRA 2014-03-31..2016-12-06
actor bernard_cazeneuve person Bernard Cazeneuve
  alias Bernard Cazeneuve | Cazeneuve
  affiliation FRA
  role head_of_government FRA 2016-12-06..2017-05-15
actor edouard_philippe person Édouard Philippe
  alias Édouard Philippe
  affiliation FRA
  role head_of_government FRA 2017-05-15..2020-07-03
actor jean_castex person Jean Castex
  alias Jean Castex | Castex
  affiliation FRA
  role head_of_government FRA 2020-07-03..2022-05-16
actor elisabeth_borne person Élisabeth Borne
  alias Élisabeth Borne
  affiliation FRA
  role head_of_government FRA 2022-05-16..2024-01-09
actor gabriel_attal person Gabriel Attal
  alias Gabriel Attal | Attal
  affiliation FRA
  role head_of_government FRA 2024-01-09..2024-09-05
actor michel_barnier person Michel Barnier
  alias Michel Barnier | Barnier
  affiliation FRA
  role foreign_minister FRA 2004-03-31..2005-06-02
  role head_of_government FRA 2024-09-05..2024-12-13
actor francois_bayrou person François Bayrou
  alias François Bayrou | Bayrou
  affiliation FRA
  role head_of_government FRA 2024-12-13..2025-09-09
actor sebastien_lecornu person Sébastien Lecornu
  alias Sébastien Lecornu | Lecornu
  affiliation FRA
  role head_of_government FRA 2025-09-09..
actor hubert_vedrine person Hubert Védrine
  alias Hubert Védrine | Védrine
  affiliation FRA
  role foreign_minister FRA 1997-06-04..2002-05-07
actor philippe_douste_blazy person Philippe Douste-Blazy
  alias Philippe Douste-Blazy | Douste-Blazy
  affiliation FRA
  role foreign_minister FRA 2005-06-02..2007-05-18
actor bernard_kouchner person Bernard Kouchner
  alias Bernard Kouchner | Kouchner
  affiliation FRA
  role foreign_minister FRA 2007-05-18..2010-11-14
actor michele_alliot_marie person Michèle Alliot-Marie
  alias Michèle Alliot-Marie | Alliot-Marie
  affiliation FRA
  role foreign_minister FRA 2010-11-14..2011-02-27
actor alain_juppe person Alain Juppé
  alias Alain Juppé | Juppé
  affiliation FRA
  role foreign_minister FRA 2011-02-27..2012-05-16
actor laurent_fabius person Laurent Fabius
  alias Laurent Fabius | Fabius
  affiliation FRA
  role foreign_minister FRA 2012-05-16..2016-02-11
actor jean_yves_le_drian person Jean-Yves Le Drian
  alias Jean-Yves Le Drian | Le Drian
  affiliation FRA
  role foreign_minister FRA 2017-05-17..2022-05-20
actor catherine_colonna person Catherine Colonna
  alias Catherine Colonna
  affiliation FRA
  role foreign_minister FRA 2022-05-20..2024-01-11
actor stephane_sejourne person Stéphane Séjourné
  alias Stéphane Séjourné | Séjourné
  affiliation FRA
  role foreign_minister FRA 2024-01-11..2024-09-21
actor jean_noel_barrot person Jean-Noël Barrot
  alias Jean-Noël Barrot | Barrot
  affiliation FRA
  role foreign_minister FRA 2024-09-21..

# ========================================================== North Korea
# The supreme leaders hold head_of_state. Kim Yong Nam, the nominal head of
# state as President of the Presidium of the Supreme People's Assembly
# (1998-2019), is listed without a role so that "the North Korean leader"
# resolves to the Kims.
actor kim_jong_il person Kim Jong Il
  alias Kim Jong Il | Kim Jong-il
  affiliation PRK
  role head_of_state PRK 1994-07-08..2011-12-17
actor kim_jong_un person Kim Jong Un
  alias Kim Jong Un | Kim Jong-un | Kim Jong-Eun
  affiliation PRK
  role head_of_state PRK 2011-12-17..
actor kim_yong_nam person Kim Yong Nam
  alias Kim Yong Nam | Kim Yong-nam
  affiliation PRK
actor hong_song_nam person Hong Song Nam
  alias Hong Song Nam | Hong Song-nam
  affiliation PRK
  role head_of_government PRK 1997..2003-09
actor pak_pong_ju person Pak Pong Ju
  alias Pak Pong Ju | Pak Pong-ju
  affiliation PRK
  role head_of_government PRK 2003-09..2007-04
  role head_of_government PRK 2013-04..2019-04
actor kim_yong_il person Kim Yong Il
  alias Kim Yong Il | Kim Yong-il
  affiliation PRK
  role head_of_government PRK 2007-04..2010-06
actor choe_yong_rim person Choe Yong Rim
  alias Choe Yong Rim | Choe Yong-rim
  affiliation PRK
  role head_of_government PRK 2010-06..2013-04
actor kim_jae_ryong person Kim Jae Ryong
  alias Kim Jae Ryong | Kim Jae-ryong
  affiliation PRK
  role head_of_government PRK 2019-04..2020-08
actor kim_tok_hun person Kim Tok Hun
  alias Kim Tok Hun | Kim Tok-hun | Kim Deok-hun
  affiliation PRK
  role head_of_government PRK 2020-08..2024-12
actor pak_thae_song person Pak Thae Song
  # appointed premier at the end of December 2024 (reported by KCNA)
  alias Pak Thae Song | Pak Thae-song
  affiliation PRK
  role head_of_government PRK 2024-12..
actor paek_nam_sun person Paek Nam Sun
  alias Paek Nam Sun | Paek Nam-sun
  affiliation PRK
  role foreign_minister PRK 1998-09..2007-01-02
actor pak_ui_chun person Pak Ui Chun
  alias Pak Ui Chun | Pak Ui-chun
  affiliation PRK
  role foreign_minister PRK 2007-05..2014-04
actor ri_su_yong person Ri Su Yong
  alias Ri Su Yong | Ri Su-yong | Lee Su-yong
  affiliation PRK
  role foreign_minister PRK 2014-04..2016-05
actor ri_yong_ho person Ri Yong Ho
  alias Ri Yong Ho | Ri Yong-ho | Lee Yong-ho
  affiliation PRK
  role foreign_minister PRK 2016-05..2020-01
actor ri_son_gwon person Ri Son Gwon
  alias Ri Son Gwon | Ri Son-gwon | Ri Sun Gwon | Ri Son Kwon
  affiliation PRK
  role foreign_minister PRK 2020-01..2022-06
actor choe_son_hui person Choe Son Hui
  # KCNA and most wires write Choe Son Hui; Choe Sun Hui and Choe Son-hui
  # also appear
  alias Choe Son Hui | Choe Sun Hui | Choe Son-hui | Choe Sun-hui | Choi Son-hui | Choi Sun-hee
  affiliation PRK
  role foreign_minister PRK 2022-06..

# ========================================================== South Korea
actor kim_dae_jung person Kim Dae-jung
  alias Kim Dae-jung | Kim Dae Jung
  affiliation KOR
  role head_of_state KOR 1998-02-25..2003-02-25
actor roh_moo_hyun person Roh Moo-hyun
  alias Roh Moo-hyun | Roh Moo Hyun
  affiliation KOR
  role head_of_state KOR 2003-02-25..2008-02-25
actor lee_myung_bak person Lee Myung-bak
  alias Lee Myung-bak | Lee Myung Bak
  affiliation KOR
  role head_of_state KOR 2008-02-25..2013-02-25
actor park_geun_hye person Park Geun-hye
  alias Park Geun-hye | Park Geun Hye
  affiliation KOR
  role head_of_state KOR 2013-02-25..2017-03-10
actor moon_jae_in person Moon Jae-in
  alias Moon Jae-in | Moon Jae In
  affiliation KOR
  role head_of_state KOR 2017-05-10..2022-05-10
actor yoon_suk_yeol person Yoon Suk Yeol
  alias Yoon Suk Yeol | Yoon Suk-yeol | Yoon Seok-youl
  affiliation KOR
  role head_of_state KOR 2022-05-10..2025-04-04
actor lee_jae_myung person Lee Jae-myung
  alias Lee Jae-myung | Lee Jae Myung
  affiliation KOR
  role head_of_state KOR 2025-06-04..
actor lee_han_dong person Lee Han-dong
  alias Lee Han-dong | Lee Han Dong
  affiliation KOR
  role head_of_government KOR 2000-06..2002-07
actor kim_suk_soo person Kim Suk-soo
  alias Kim Suk-soo | Kim Suk Soo
  affiliation KOR
  role head_of_government KOR 2002-10..2003-02
actor goh_kun person Goh Kun
  alias Goh Kun | Goh Geon
  affiliation KOR
  role head_of_government KOR 2003-02..2004-05
actor lee_hae_chan person Lee Hae-chan
  alias Lee Hae-chan | Lee Hae Chan
  affiliation KOR
  role head_of_government KOR 2004-06..2006-03
actor han_myeong_sook person Han Myeong-sook
  alias Han Myeong-sook | Han Myung-sook
  affiliation KOR
  role head_of_government KOR 2006-04..2007-03
actor han_duck_soo person Han Duck-soo
  alias Han Duck-soo | Han Duck Soo | Han Deok-su
  affiliation KOR
  role head_of_government KOR 2007-04..2008-02
  role head_of_government KOR 2022-05..2025-05
actor han_seung_soo person Han Seung-soo
  alias Han Seung-soo | Han Seung Soo
  affiliation KOR
  role foreign_minister KOR 2001-03..2002-02
  role head_of_government KOR 2008-02..2009-09
actor chung_un_chan person Chung Un-chan
  alias Chung Un-chan | Chung Un Chan
  affiliation KOR
  role head_of_government KOR 2009-09..2010-08
actor kim_hwang_sik person Kim Hwang-sik
  alias Kim Hwang-sik | Kim Hwang Sik
  affiliation KOR
  role head_of_government KOR 2010-10..2013-02
actor chung_hong_won person Chung Hong-won
  alias Chung Hong-won | Chung Hong Won
  affiliation KOR
  role head_of_government KOR 2013-02..2015-02
actor lee_wan_koo person Lee Wan-koo
  alias Lee Wan-koo | Lee Wan Koo
  affiliation KOR
  role head_of_government KOR 2015-02..2015-04
actor hwang_kyo_ahn person Hwang Kyo-ahn
  alias Hwang Kyo-ahn | Hwang Kyo Ahn
  affiliation KOR
  role head_of_government KOR 2015-06..2017-05
actor lee_nak_yon person Lee Nak-yon
  alias Lee Nak-yon | Lee Nak-yeon | Lee Nak Yon
  affiliation KOR
  role head_of_government KOR 2017-05..2020-01
actor chung_sye_kyun person Chung Sye-kyun
  alias Chung Sye-kyun | Chung Sye Kyun
  affiliation KOR
  role head_of_government KOR 2020-01..2021-04
actor kim_boo_kyum person Kim Boo-kyum
  alias Kim Boo-kyum | Kim Boo Kyum
  affiliation KOR
  role head_of_government KOR 2021-05..2022-05
actor kim_min_seok person Kim Min-seok
  alias Kim Min-seok | Kim Min Seok
  affiliation KOR
  role head_of_government KOR 2025-07..
actor lee_joung_binn person Lee Joung-binn
  alias Lee Joung-binn | Lee Jung-bin
  affiliation KOR
  role foreign_minister KOR 2000-08..2001-03
actor choi_sung_hong person Choi Sung-hong
  alias Choi Sung-hong | Choi Sung Hong
  affiliation KOR
  role foreign_minister KOR 2002-02..2003-02
actor yoon_young_kwan person Yoon Young-kwan
  alias Yoon Young-kwan | Yoon Young Kwan
  affiliation KOR
  role foreign_minister KOR 2003-02..2004-01
actor song_min_soon person Song Min-soon
  alias Song Min-soon | Song Min Soon
  affiliation KOR
  role foreign_minister KOR 2006-12..2008-02
actor yu_myung_hwan person Yu Myung-hwan
  alias Yu Myung-hwan | Yu Myung Hwan
  affiliation KOR
  role foreign_minister KOR 2008-02..2010-09
actor kim_sung_hwan person Kim Sung-hwan
  alias Kim Sung-hwan | Kim Sung Hwan
  affiliation KOR
  role foreign_minister KOR 2010-10..2013-03
actor yun_byung_se person Yun Byung-se
  alias Yun Byung-se | Yun Byung Se
  affiliation KOR
  role foreign_minister KOR 2013-03..2017-06
actor kang_kyung_wha person Kang Kyung-wha
  alias Kang Kyung-wha | Kang Kyung Wha
  affiliation KOR
  role foreign_minister KOR 2017-06..2021-02
actor chung_eui_yong person Chung Eui-yong
  alias Chung Eui-yong | Chung Eui Yong
  affiliation KOR
  role foreign_minister KOR 2021-02..2022-05
actor park_jin person Park Jin
  alias Park Jin
  affiliation KOR
  role foreign_minister KOR 2022-05..2024-01
actor cho_tae_yul person Cho Tae-yul
  alias Cho Tae-yul | Cho Tae Yul
  affiliation KOR
  role foreign_minister KOR 2024-01..2025-07
actor cho_hyun person Cho Hyun
  alias Cho Hyun
  affiliation KOR
  role foreign_minister KOR 2025-07..

# ================================================================= Japan
actor akihito person Akihito
  alias Emperor Akihito | Akihito
  affiliation JPN
  role head_of_state JPN 1989-01-07..2019-04-30
actor naruhito person Naruhito
  alias Emperor Naruhito | Naruhito
  affiliation JPN
  role head_of_state JPN 2019-05-01..
actor keizo_obuchi person Keizo Obuchi
  alias Keizo Obuchi | Obuchi
  affiliation JPN
  role head_of_government JPN 1998-07-30..2000-04-05
actor yoshiro_mori person Yoshiro Mori
  alias Yoshiro Mori
  affiliation JPN
  role head_of_government JPN 2000-04-05..2001-04-26
actor junichiro_koizumi person Junichiro Koizumi
  # bare "Koizumi" would also name his son Shinjiro, a minister
  alias Junichiro Koizumi
  affiliation JPN
  role head_of_government JPN 2001-04-26..2006-09-26
actor shinzo_abe person Shinzo Abe
  alias Shinzo Abe | Abe
  affiliation JPN
  role head_of_government JPN 2006-09-26..2007-09-26
  role head_of_government JPN 2012-12-26..2020-09-16
actor yasuo_fukuda person Yasuo Fukuda
  alias Yasuo Fukuda
  affiliation JPN
  role head_of_government JPN 2007-09-26..2008-09-24
actor taro_aso person Taro Aso
  alias Taro Aso | Aso
  affiliation JPN
  role foreign_minister JPN 2005-10..2007-08
  role head_of_government JPN 2008-09-24..2009-09-16
actor yukio_hatoyama person Yukio Hatoyama
  alias Yukio Hatoyama | Hatoyama
  affiliation JPN
  role head_of_government JPN 2009-09-16..2010-06-08
actor naoto_kan person Naoto Kan
  alias Naoto Kan
  affiliation JPN
  role head_of_government JPN 2010-06-08..2011-09-02
actor yoshihiko_noda person Yoshihiko Noda
  alias Yoshihiko Noda
  affiliation JPN
  role head_of_government JPN 2011-09-02..2012-12-26
actor yoshihide_suga person Yoshihide Suga
  alias Yoshihide Suga | Suga
  affiliation JPN
  role head_of_government JPN 2020-09-16..2021-10-04
actor fumio_kishida person Fumio Kishida
  alias Fumio Kishida | Kishida
  affiliation JPN
  role foreign_minister JPN 2012-12..2017-08
  role head_of_government JPN 2021-10-04..2024-10-01
actor shigeru_ishiba person Shigeru Ishiba
  alias Shigeru Ishiba | Ishiba
  affiliation JPN
  role head_of_government JPN 2024-10-01..2025-10-21
actor sanae_takaichi person Sanae Takaichi
  alias Sanae Takaichi | Takaichi
  affiliation JPN
  role head_of_government JPN 2025-10-21..
actor yohei_kono person Yohei Kono
  alias Yohei Kono
  affiliation JPN
  role foreign_minister JPN 1999-10..2001-04
actor makiko_tanaka person Makiko Tanaka
  alias Makiko Tanaka
  affiliation JPN
  role foreign_minister JPN 2001-04..2002-01
actor yoriko_kawaguchi person Yoriko Kawaguchi
  alias Yoriko Kawaguchi
  affiliation JPN
  role foreign_minister JPN 2002-02..2004-09
actor nobutaka_machimura person Nobutaka Machimura
  alias Nobutaka Machimura | Machimura
  affiliation JPN
  role foreign_minister JPN 2004-09..2005-10
  role foreign_minister JPN 2007-08..2007-09
actor masahiko_komura person Masahiko Komura
  alias Masahiko Komura
  affiliation JPN
  role foreign_minister JPN 2007-09..2008-08
actor hirofumi_nakasone person Hirofumi Nakasone
  alias Hirofumi Nakasone
  affiliation JPN
  role foreign_minister JPN 2008-09..2009-09
actor katsuya_okada person Katsuya Okada
  alias Katsuya Okada
  affiliation JPN
  role foreign_minister JPN 2009-09..2010-09
actor seiji_maehara person Seiji Maehara
  alias Seiji Maehara | Maehara
  affiliation JPN
  role foreign_minister JPN 2010-09..2011-03
actor takeaki_matsumoto person Takeaki Matsumoto
  alias Takeaki Matsumoto
  affiliation JPN
  role foreign_minister JPN 2011-03..2011-09
actor koichiro_gemba person Koichiro Gemba
  alias Koichiro Gemba | Koichiro Genba
  affiliation JPN
  role foreign_minister JPN 2011-09..2012-12
actor taro_kono person Taro Kono
  alias Taro Kono
  affiliation JPN
  role foreign_minister JPN 2017-08..2019-09
actor toshimitsu_motegi person Toshimitsu Motegi
  alias Toshimitsu Motegi | Motegi
  affiliation JPN
  role foreign_minister JPN 2019-09..2021-11
  role foreign_minister JPN 2025-10..
actor yoshimasa_hayashi person Yoshimasa Hayashi
  alias Yoshimasa Hayashi
  affiliation JPN
  role foreign_minister JPN 2021-11..2023-09
actor yoko_kamikawa person Yoko Kamikawa
  alias Yoko Kamikawa | Kamikawa
  affiliation JPN
  role foreign_minister JPN 2023-09..2024-10
actor takeshi_iwaya person Takeshi Iwaya
  alias Takeshi Iwaya | Iwaya
  affiliation JPN
  role foreign_minister JPN 2024-10..2025-10

# ============================================================= Argentina
actor fernando_de_la_rua person Fernando de la Rúa
  alias Fernando de la Rúa | De la Rúa
  affiliation ARG
  role head_of_state ARG 1999-12-10..2001-12-21
actor eduardo_duhalde person Eduardo Duhalde
  alias Eduardo Duhalde | Duhalde
  affiliation ARG
  role head_of_state ARG 2002-01-02..2003-05-25
actor nestor_kirchner person Néstor Kirchner
  alias Néstor Kirchner
  affiliation ARG
  role head_of_state ARG 2003-05-25..2007-12-10
actor cristina_fernandez_de_kirchner person Cristina Fernández de Kirchner
  alias Cristina Fernández de Kirchner | Cristina Kirchner | Cristina Fernández
  affiliation ARG
  role head_of_state ARG 2007-12-10..2015-12-10
actor mauricio_macri person Mauricio Macri
  alias Mauricio Macri | Macri
  affiliation ARG
  role head_of_state ARG 2015-12-10..2019-12-10
actor alberto_fernandez person Alberto Fernández
  alias Alberto Fernández
  affiliation ARG
  role head_of_state ARG 2019-12-10..2023-12-10
actor javier_milei person Javier Milei
  alias Javier Milei | Milei
  affiliation ARG
  role head_of_state ARG 2023-12-10..
actor jorge_taiana person Jorge Taiana
  alias Jorge Taiana
  affiliation ARG
  role foreign_minister ARG 2005-12..2010-06
actor hector_timerman person Héctor Timerman
  alias Héctor Timerman | Timerman
  affiliation ARG
  role foreign_minister ARG 2010-06..2015-12
actor susana_malcorra person Susana Malcorra
  alias Susana Malcorra | Malcorra
  affiliation ARG
  role foreign_minister ARG 2015-12..2017-06
actor jorge_faurie person Jorge Faurie
  alias Jorge Faurie
  affiliation ARG
  role foreign_minister ARG 2017-06..2019-12
actor felipe_sola person Felipe Solá
  alias Felipe Solá
  affiliation ARG
  role foreign_minister ARG 2019-12..2021-09
actor santiago_cafiero person Santiago Cafiero
  alias Santiago Cafiero | Cafiero
  affiliation ARG
  role foreign_minister ARG 2021-09..2023-12
actor diana_mondino person Diana Mondino
  alias Diana Mondino | Mondino
  affiliation ARG
  role foreign_minister ARG 2023-12..2024-10
actor gerardo_werthein person Gerardo Werthein
  alias Gerardo Werthein | Werthein
  affiliation ARG
  role foreign_minister ARG 2024-10..2025-10
actor pablo_quirno person Pablo Quirno
  alias Pablo Quirno | Quirno
  affiliation ARG
  role foreign_minister ARG 2025-10..

# ============================================================= Australia
# Head of state: the British monarch (see United Kingdom).
actor john_howard person John Howard
  alias John Howard
  affiliation AUS
  role head_of_government AUS 1996-03-11..2007-12-03
actor kevin_rudd person Kevin Rudd
  alias Kevin Rudd | Rudd
  affiliation AUS
  role head_of_government AUS 2007-12-03..2010-06-24
  role foreign_minister AUS 2010-09..2012-02
  role head_of_government AUS 2013-06-27..2013-09-18
actor julia_gillard person Julia Gillard
  alias Julia Gillard | Gillard
  affiliation AUS
  role head_of_government AUS 2010-06-24..2013-06-27
actor tony_abbott person Tony Abbott
  alias Tony Abbott
  affiliation AUS
  role head_of_government AUS 2013-09-18..2015-09-15
actor malcolm_turnbull person Malcolm Turnbull
  alias Malcolm Turnbull | Turnbull
  affiliation AUS
  role head_of_government AUS 2015-09-15..2018-08-24
actor scott_morrison person Scott Morrison
  alias Scott Morrison
  affiliation AUS
  role head_of_government AUS 2018-08-24..2022-05-23
actor anthony_albanese person Anthony Albanese
  # bare "Albanese" would also name Francesca Albanese (UN rapporteur)
  alias Anthony Albanese
  affiliation AUS
  role head_of_government AUS 2022-05-23..
actor alexander_downer person Alexander Downer
  alias Alexander Downer | Downer
  affiliation AUS
  role foreign_minister AUS 1996-03..2007-12
actor stephen_smith person Stephen Smith
  alias Stephen Smith
  affiliation AUS
  role foreign_minister AUS 2007-12..2010-09
actor bob_carr person Bob Carr
  alias Bob Carr
  affiliation AUS
  role foreign_minister AUS 2012-03..2013-09
actor julie_bishop person Julie Bishop
  alias Julie Bishop
  affiliation AUS
  role foreign_minister AUS 2013-09..2018-08
actor marise_payne person Marise Payne
  alias Marise Payne
  affiliation AUS
  role foreign_minister AUS 2018-08..2022-05
actor penny_wong person Penny Wong
  alias Penny Wong
  affiliation AUS
  role foreign_minister AUS 2022-05-23..

# ================================================================ Brazil
actor fernando_henrique_cardoso person Fernando Henrique Cardoso
  alias Fernando Henrique Cardoso
  affiliation BRA
  role head_of_state BRA 1995-01-01..2003-01-01
actor luiz_inacio_lula_da_silva person Luiz Inácio Lula da Silva
  alias Luiz Inácio Lula da Silva | Lula da Silva | Lula
  affiliation BRA
  role head_of_state BRA 2003-01-01..2011-01-01
  role head_of_state BRA 2023-01-01..
actor dilma_rousseff person Dilma Rousseff
  alias Dilma Rousseff | Rousseff
  affiliation BRA
  role head_of_state BRA 2011-01-01..2016-08-31
actor michel_temer person Michel Temer
  alias Michel Temer | Temer
  affiliation BRA
  role head_of_state BRA 2016-08-31..2019-01-01
actor jair_bolsonaro person Jair Bolsonaro
  alias Jair Bolsonaro | Jair Messias Bolsonaro | Bolsonaro
  affiliation BRA
  role head_of_state BRA 2019-01-01..2023-01-01
actor celso_lafer person Celso Lafer
  alias Celso Lafer
  affiliation BRA
  role foreign_minister BRA 2001-01..2003-01
actor celso_amorim person Celso Amorim
  alias Celso Amorim | Amorim
  affiliation BRA
  role foreign_minister BRA 2003-01..2011-01
actor antonio_patriota person Antonio Patriota
  alias Antonio Patriota
  affiliation BRA
  role foreign_minister BRA 2011-01..2013-08
actor luiz_alberto_figueiredo person Luiz Alberto Figueiredo
  alias Luiz Alberto Figueiredo
  affiliation BRA
  role foreign_minister BRA 2013-08..2015-01
actor mauro_vieira person Mauro Vieira
  alias Mauro Vieira
  affiliation BRA
  role foreign_minister BRA 2015-01..2016-05
  role foreign_minister BRA 2023-01..
actor jose_serra person José Serra
  alias José Serra
  affiliation BRA
  role foreign_minister BRA 2016-05..2017-02
actor aloysio_nunes person Aloysio Nunes
  alias Aloysio Nunes
  affiliation BRA
  role foreign_minister BRA 2017-03..2019-01
actor ernesto_araujo person Ernesto Araújo
  alias Ernesto Araújo
  affiliation BRA
  role foreign_minister BRA 2019-01..2021-03
actor carlos_franca person Carlos França
  alias Carlos França
  affiliation BRA
  role foreign_minister BRA 2021-04..2023-01

# ================================================================ Canada
# Head of state: the British monarch (see United Kingdom).
actor jean_chretien person Jean Chrétien
  alias Jean Chrétien | Chrétien
  affiliation CAN
  role head_of_government CAN 1993-11-04..2003-12-12
actor paul_martin person Paul Martin
  alias Paul Martin
  affiliation CAN
  role head_of_government CAN 2003-12-12..2006-02-06
actor stephen_harper person Stephen Harper
  alias Stephen Harper
  affiliation CAN
  role head_of_government CAN 2006-02-06..2015-11-04
actor justin_trudeau person Justin Trudeau
  alias Justin Trudeau | Trudeau
  affiliation CAN
  role head_of_government CAN 2015-11-04..2025-03-14
actor mark_carney person Mark Carney
  alias Mark Carney | Carney
  affiliation CAN
  role head_of_government CAN 2025-03-14..
actor john_manley person John Manley
  alias John Manley
  affiliation CAN
  role foreign_minister CAN 2000-10..2002-01
actor bill_graham person Bill Graham
  alias Bill Graham
  affiliation CAN
  role foreign_minister CAN 2002-01..2004-07
actor pierre_pettigrew person Pierre Pettigrew
  alias Pierre Pettigrew
  affiliation CAN
  role foreign_minister CAN 2004-07..2006-02
actor peter_mackay person Peter MacKay
  alias Peter MacKay
  affiliation CAN
  role foreign_minister CAN 2006-02..2007-08
actor maxime_bernier person Maxime Bernier
  alias Maxime Bernier
  affiliation CAN
  role foreign_minister CAN 2007-08..2008-05
actor lawrence_cannon person Lawrence Cannon
  alias Lawrence Cannon
  affiliation CAN
  role foreign_minister CAN 2008-10..2011-05
actor john_baird person John Baird
  alias John Baird
  affiliation CAN
  role foreign_minister CAN 2011-05..2015-02
actor stephane_dion person Stéphane Dion
  alias Stéphane Dion
  affiliation CAN
  role foreign_minister CAN 2015-11..2017-01
actor chrystia_freeland person Chrystia Freeland
  alias Chrystia Freeland | Freeland
  affiliation CAN
  role foreign_minister CAN 2017-01..2019-11
actor francois_philippe_champagne person François-Philippe Champagne
  alias François-Philippe Champagne
  affiliation CAN
  role foreign_minister CAN 2019-11..2021-01
actor marc_garneau person Marc Garneau
  alias Marc Garneau
  affiliation CAN
  role foreign_minister CAN 2021-01..2021-10
actor melanie_joly person Mélanie Joly
  alias Mélanie Joly
  affiliation CAN
  role foreign_minister CAN 2021-10..2025-05
actor anita_anand person Anita Anand
  alias Anita Anand
  affiliation CAN
  role foreign_minister CAN 2025-05..

# =============================================================== Germany
actor johannes_rau person Johannes Rau
  alias Johannes Rau
  affiliation DEU
  role head_of_state DEU 1999-07-01..2004-06-30
actor horst_kohler person Horst Köhler
  alias Horst Köhler | Horst Koehler
  affiliation DEU
  role head_of_state DEU 2004-07-01..2010-05-31
actor christian_wulff person Christian Wulff
  alias Christian Wulff | Wulff
  affiliation DEU
  role head_of_state DEU 2010-06-30..2012-02-17
actor joachim_gauck person Joachim Gauck
  alias Joachim Gauck | Gauck
  affiliation DEU
  role head_of_state DEU 2012-03-18..2017-03-18
actor frank_walter_steinmeier person Frank-Walter Steinmeier
  alias Frank-Walter Steinmeier | Steinmeier
  affiliation DEU
  role foreign_minister DEU 2005-11-22..2009-10-28
  role foreign_minister DEU 2013-12-17..2017-01-27
  role head_of_state DEU 2017-03-19..
actor gerhard_schroder person Gerhard Schröder
  alias Gerhard Schröder | Gerhard Schroeder | Schröder | Schroeder
  affiliation DEU
  role head_of_government DEU 1998-10-27..2005-11-22
actor angela_merkel person Angela Merkel
  alias Angela Merkel | Merkel
  affiliation DEU
  role head_of_government DEU 2005-11-22..2021-12-08
actor olaf_scholz person Olaf Scholz
  alias Olaf Scholz | Scholz
  affiliation DEU
  role head_of_government DEU 2021-12-08..2025-05-06
actor friedrich_merz person Friedrich Merz
  alias Friedrich Merz | Merz
  affiliation DEU
  role head_of_government DEU 2025-05-06..
actor joschka_fischer person Joschka Fischer
  alias Joschka Fischer
  affiliation DEU
  role foreign_minister DEU 1998-10-27..2005-11-22
actor guido_westerwelle person Guido Westerwelle
  alias Guido Westerwelle | Westerwelle
  affiliation DEU
  role foreign_minister DEU 2009-10-28..2013-12-17
actor sigmar_gabriel person Sigmar Gabriel
  alias Sigmar Gabriel
  affiliation DEU
  role foreign_minister DEU 2017-01-27..2018-03-14
actor heiko_maas person Heiko Maas
  alias Heiko Maas
  affiliation DEU
  role foreign_minister DEU 2018-03-14..2021-12-08
actor annalena_baerbock person Annalena Baerbock
  alias Annalena Baerbock | Baerbock
  affiliation DEU
  role foreign_minister DEU 2021-12-08..2025-05-06
actor johann_wadephul person Johann Wadephul
  alias Johann Wadephul | Wadephul
  affiliation DEU
  role foreign_minister DEU 2025-05-06..

# ================================================================= India
actor k_r_narayanan person K. R. Narayanan
  alias K. R. Narayanan | K.R. Narayanan
  affiliation IND
  role head_of_state IND 1997-07-25..2002-07-25
actor apj_abdul_kalam person APJ Abdul Kalam
  alias APJ Abdul Kalam | A. P. J. Abdul Kalam | A.P.J. Abdul Kalam | Abdul Kalam
  affiliation IND
  role head_of_state IND 2002-07-25..2007-07-25
actor pratibha_patil person Pratibha Patil
  alias Pratibha Patil
  affiliation IND
  role head_of_state IND 2007-07-25..2012-07-25
actor pranab_mukherjee person Pranab Mukherjee
  alias Pranab Mukherjee
  affiliation IND
  role foreign_minister IND 2006-10..2009-05
  role head_of_state IND 2012-07-25..2017-07-25
actor ram_nath_kovind person Ram Nath Kovind
  alias Ram Nath Kovind | Kovind
  affiliation IND
  role head_of_state IND 2017-07-25..2022-07-25
actor droupadi_murmu person Droupadi Murmu
  alias Droupadi Murmu | Murmu
  affiliation IND
  role head_of_state IND 2022-07-25..
actor atal_bihari_vajpayee person Atal Bihari Vajpayee
  alias Atal Bihari Vajpayee | Vajpayee
  affiliation IND
  role head_of_government IND 1998-03-19..2004-05-22
actor manmohan_singh person Manmohan Singh
  alias Manmohan Singh
  affiliation IND
  role head_of_government IND 2004-05-22..2014-05-26
actor narendra_modi person Narendra Modi
  alias Narendra Modi | Modi
  affiliation IND
  role head_of_government IND 2014-05-26..
actor jaswant_singh person Jaswant Singh
  alias Jaswant Singh
  affiliation IND
  role foreign_minister IND 1998-12..2002-07
actor yashwant_sinha person Yashwant Sinha
  alias Yashwant Sinha
  affiliation IND
  role foreign_minister IND 2002-07..2004-05
actor natwar_singh person Natwar Singh
  alias Natwar Singh | K. Natwar Singh
  affiliation IND
  role foreign_minister IND 2004-05..2005-11
actor s_m_krishna person S. M. Krishna
  alias S. M. Krishna | S.M. Krishna
  affiliation IND
  role foreign_minister IND 2009-05..2012-10
actor salman_khurshid person Salman Khurshid
  alias Salman Khurshid | Khurshid
  affiliation IND
  role foreign_minister IND 2012-10..2014-05
actor sushma_swaraj person Sushma Swaraj
  alias Sushma Swaraj | Swaraj
  affiliation IND
  role foreign_minister IND 2014-05-26..2019-05-30
actor s_jaishankar person S. Jaishankar
  alias S. Jaishankar | S Jaishankar | Subrahmanyam Jaishankar | Jaishankar
  affiliation IND
  role foreign_minister IND 2019-05-30..

# ============================================================= Indonesia
actor abdurrahman_wahid person Abdurrahman Wahid
  alias Abdurrahman Wahid | Gus Dur
  affiliation IDN
  role head_of_state IDN 1999-10-20..2001-07-23
actor megawati_sukarnoputri person Megawati Sukarnoputri
  alias Megawati Sukarnoputri | Megawati
  affiliation IDN
  role head_of_state IDN 2001-07-23..2004-10-20
actor susilo_bambang_yudhoyono person Susilo Bambang Yudhoyono
  alias Susilo Bambang Yudhoyono | Yudhoyono | SBY
  affiliation IDN
  role head_of_state IDN 2004-10-20..2014-10-20
actor joko_widodo person Joko Widodo
  alias Joko Widodo | Jokowi | Widodo
  affiliation IDN
  role head_of_state IDN 2014-10-20..2024-10-20
actor prabowo_subianto person Prabowo Subianto
  alias Prabowo Subianto | Prabowo
  affiliation IDN
  role head_of_state IDN 2024-10-20..
actor alwi_shihab person Alwi Shihab
  alias Alwi Shihab
  affiliation IDN
  role foreign_minister IDN 1999-10..2001-07
actor hassan_wirajuda person Hassan Wirajuda
  alias Hassan Wirajuda | Wirajuda
  affiliation IDN
  role foreign_minister IDN 2001-08..2009-10
actor marty_natalegawa person Marty Natalegawa
  alias Marty Natalegawa | Natalegawa
  affiliation IDN
  role foreign_minister IDN 2009-10..2014-10
actor retno_marsudi person Retno Marsudi
  alias Retno Marsudi | Retno L.P. Marsudi | Marsudi
  affiliation IDN
  role foreign_minister IDN 2014-10..2024-10
actor sugiono person Sugiono
  # one-word name
  alias =Sugiono
  affiliation IDN
  role foreign_minister IDN 2024-10..

# ================================================================= Italy
actor carlo_azeglio_ciampi person Carlo Azeglio Ciampi
  alias Carlo Azeglio Ciampi | Ciampi
  affiliation ITA
  role head_of_state ITA 1999-05-18..2006-05-15
actor giorgio_napolitano person Giorgio Napolitano
  alias Giorgio Napolitano | Napolitano
  affiliation ITA
  role head_of_state ITA 2006-05-15..2015-01-14
actor sergio_mattarella person Sergio Mattarella
  alias Sergio Mattarella | Mattarella
  affiliation ITA
  role head_of_state ITA 2015-02-03..
actor massimo_dalema person Massimo D'Alema
  alias Massimo D'Alema | D'Alema
  affiliation ITA
  role head_of_government ITA 1998-10-21..2000-04-25
  role foreign_minister ITA 2006-05..2008-05
actor giuliano_amato person Giuliano Amato
  alias Giuliano Amato
  affiliation ITA
  role head_of_government ITA 2000-04-25..2001-06-11
actor silvio_berlusconi person Silvio Berlusconi
  alias Silvio Berlusconi | Berlusconi
  affiliation ITA
  role head_of_government ITA 2001-06-11..2006-05-17
  role foreign_minister ITA 2002-01..2002-11
  role head_of_government ITA 2008-05-08..2011-11-16
actor romano_prodi person Romano Prodi
  alias Romano Prodi | Prodi
  affiliation ITA
  role head_of_state EC 1999-09-16..2004-11-21
  role head_of_government ITA 2006-05-17..2008-05-08
actor mario_monti person Mario Monti
  alias Mario Monti
  affiliation ITA
  role head_of_government ITA 2011-11-16..2013-04-28
actor enrico_letta person Enrico Letta
  alias Enrico Letta
  affiliation ITA
  role head_of_government ITA 2013-04-28..2014-02-22
actor matteo_renzi person Matteo Renzi
  alias Matteo Renzi | Renzi
  affiliation ITA
  role head_of_government ITA 2014-02-22..2016-12-12
actor paolo_gentiloni person Paolo Gentiloni
  alias Paolo Gentiloni | Gentiloni
  affiliation ITA
  role foreign_minister ITA 2014-10..2016-12
  role head_of_government ITA 2016-12-12..2018-06-01
actor giuseppe_conte person Giuseppe Conte
  alias Giuseppe Conte
  affiliation ITA
  role head_of_government ITA 2018-06-01..2021-02-13
actor mario_draghi person Mario Draghi
  alias Mario Draghi | Draghi
  affiliation ITA
  role head_of_government ITA 2021-02-13..2022-10-22
actor giorgia_meloni person Giorgia Meloni
  alias Giorgia Meloni | Meloni
  affiliation ITA
  role head_of_government ITA 2022-10-22..
actor renato_ruggiero person Renato Ruggiero
  alias Renato Ruggiero
  affiliation ITA
  role foreign_minister ITA 2001-06..2002-01
actor franco_frattini person Franco Frattini
  alias Franco Frattini | Frattini
  affiliation ITA
  role foreign_minister ITA 2002-11..2004-11
  role foreign_minister ITA 2008-05..2011-11
actor gianfranco_fini person Gianfranco Fini
  alias Gianfranco Fini
  affiliation ITA
  role foreign_minister ITA 2004-11..2006-05
actor giulio_terzi person Giulio Terzi
  alias Giulio Terzi | Giulio Terzi di Sant'Agata
  affiliation ITA
  role foreign_minister ITA 2011-11..2013-03
actor emma_bonino person Emma Bonino
  alias Emma Bonino | Bonino
  affiliation ITA
  role foreign_minister ITA 2013-04..2014-02
actor angelino_alfano person Angelino Alfano
  alias Angelino Alfano | Alfano
  affiliation ITA
  role foreign_minister ITA 2016-12..2018-06
actor enzo_moavero_milanesi person Enzo Moavero Milanesi
  alias Enzo Moavero Milanesi | Moavero
  affiliation ITA
  role foreign_minister ITA 2018-06..2019-09
actor luigi_di_maio person Luigi Di Maio
  alias Luigi Di Maio | Di Maio
  affiliation ITA
  role foreign_minister ITA 2019-09..2022-10
actor antonio_tajani person Antonio Tajani
  alias Antonio Tajani | Tajani
  affiliation ITA
  role foreign_minister ITA 2022-10-22..

# ================================================================ Mexico
actor vicente_fox person Vicente Fox
  alias Vicente Fox
  affiliation MEX
  role head_of_state MEX 2000-12-01..2006-11-30
actor felipe_calderon person Felipe Calderón
  alias Felipe Calderón
  affiliation MEX
  role head_of_state MEX 2006-12-01..2012-11-30
actor enrique_pena_nieto person Enrique Peña Nieto
  alias Enrique Peña Nieto | Peña Nieto
  affiliation MEX
  role head_of_state MEX 2012-12-01..2018-11-30
actor andres_manuel_lopez_obrador person Andrés Manuel López Obrador
  alias Andrés Manuel López Obrador | López Obrador | AMLO
  affiliation MEX
  role head_of_state MEX 2018-12-01..2024-09-30
actor claudia_sheinbaum person Claudia Sheinbaum
  alias Claudia Sheinbaum | Claudia Sheinbaum Pardo | Sheinbaum
  affiliation MEX
  role head_of_state MEX 2024-10-01..
actor jorge_castaneda person Jorge Castañeda
  alias Jorge Castañeda | Jorge G. Castañeda
  affiliation MEX
  role foreign_minister MEX 2000-12..2003-01
actor luis_ernesto_derbez person Luis Ernesto Derbez
  alias Luis Ernesto Derbez | Derbez
  affiliation MEX
  role foreign_minister MEX 2003-01..2006-11
actor patricia_espinosa person Patricia Espinosa
  alias Patricia Espinosa
  affiliation MEX
  role foreign_minister MEX 2006-12..2012-11
actor jose_antonio_meade person José Antonio Meade
  alias José Antonio Meade
  affiliation MEX
  role foreign_minister MEX 2012-12..2015-08
actor claudia_ruiz_massieu person Claudia Ruiz Massieu
  alias Claudia Ruiz Massieu
  affiliation MEX
  role foreign_minister MEX 2015-08..2017-01
actor luis_videgaray person Luis Videgaray
  alias Luis Videgaray | Videgaray
  affiliation MEX
  role foreign_minister MEX 2017-01..2018-11
actor marcelo_ebrard person Marcelo Ebrard
  alias Marcelo Ebrard | Ebrard
  affiliation MEX
  role foreign_minister MEX 2018-12..2023-06
actor alicia_barcena person Alicia Bárcena
  alias Alicia Bárcena
  affiliation MEX
  role foreign_minister MEX 2023-07..2024-09
actor juan_ramon_de_la_fuente person Juan Ramón de la Fuente
  alias Juan Ramón de la Fuente
  affiliation MEX
  role foreign_minister MEX 2024-10..

# ========================================================== Saudi Arabia
# The king was also prime minister until Mohammed bin Salman took the post
# in September 2022. "King Abdullah" alone would also name Jordan's king.
actor fahd_bin_abdulaziz person Fahd bin Abdulaziz
  alias Fahd bin Abdulaziz | Fahd bin Abdulaziz Al Saud | King Fahd
  affiliation SAU
  role head_of_state SAU 1982-06-13..2005-08-01
  role head_of_government SAU 1982-06-13..2005-08-01
actor abdullah_bin_abdulaziz person Abdullah bin Abdulaziz
  alias Abdullah bin Abdulaziz | Abdullah bin Abdulaziz Al Saud | King Abdullah of Saudi Arabia
  affiliation SAU
  role head_of_state SAU 2005-08-01..2015-01-23
  role head_of_government SAU 2005-08-01..2015-01-23
actor salman_bin_abdulaziz person Salman bin Abdulaziz
  alias Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud | King Salman
  affiliation SAU
  role head_of_state SAU 2015-01-23..
  role head_of_government SAU 2015-01-23..2022-09-27
actor mohammed_bin_salman person Mohammed bin Salman
  alias Mohammed bin Salman | Mohammad bin Salman | Muhammad bin Salman | MBS
  affiliation SAU
  role head_of_government SAU 2022-09-27..
actor saud_al_faisal person Saud al-Faisal
  alias Saud al-Faisal | Prince Saud al-Faisal
  affiliation SAU
  role foreign_minister SAU 1975-10..2015-04-29
actor adel_al_jubeir person Adel al-Jubeir
  alias Adel al-Jubeir | Jubeir
  affiliation SAU
  role foreign_minister SAU 2015-04-29..2018-12-27
actor ibrahim_al_assaf person Ibrahim al-Assaf
  alias Ibrahim al-Assaf | Ibrahim Abdulaziz Al-Assaf
  affiliation SAU
  role foreign_minister SAU 2018-12-27..2019-10-23
actor faisal_bin_farhan person Faisal bin Farhan
  alias Faisal bin Farhan | Faisal bin Farhan Al Saud | Prince Faisal bin Farhan
  affiliation SAU
  role foreign_minister SAU 2019-10-23..

# ========================================================== South Africa
actor thabo_mbeki person Thabo Mbeki
  alias Thabo Mbeki | Mbeki
  affiliation ZAF
  role head_of_state ZAF 1999-06-14..2008-09-24
actor kgalema_motlanthe person Kgalema Motlanthe
  alias Kgalema Motlanthe | Motlanthe
  affiliation ZAF
  role head_of_state ZAF 2008-09-25..2009-05-09
actor jacob_zuma person Jacob Zuma
  # "Zuma" inside "Dlamini-Zuma" loses to the longer alias below
  alias Jacob Zuma | Zuma
  affiliation ZAF
  role head_of_state ZAF 2009-05-09..2018-02-14
actor cyril_ramaphosa person Cyril Ramaphosa
  alias Cyril Ramaphosa | Ramaphosa
  affiliation ZAF
  role head_of_state ZAF 2018-02-15..
actor nkosazana_dlamini_zuma person Nkosazana Dlamini-Zuma
  # chair of the African Union Commission 2012-2017
  alias Nkosazana Dlamini-Zuma | Dlamini-Zuma | Dlamini Zuma
  affiliation ZAF
  role foreign_minister ZAF 1999-06..2009-05
actor maite_nkoana_mashabane person Maite Nkoana-Mashabane
  alias Maite Nkoana-Mashabane | Nkoana-Mashabane
  affiliation ZAF
  role foreign_minister ZAF 2009-05..2018-02
actor lindiwe_sisulu person Lindiwe Sisulu
  alias Lindiwe Sisulu
  affiliation ZAF
  role foreign_minister ZAF 2018-02..2019-05
actor naledi_pandor person Naledi Pandor
  alias Naledi Pandor | Pandor
  affiliation ZAF
  role foreign_minister ZAF 2019-05..2024-06
actor ronald_lamola person Ronald Lamola
  alias Ronald Lamola | Lamola
  affiliation ZAF
  role foreign_minister ZAF 2024-07..

# =============================================================== Türkiye
# The office of prime minister was abolished in July 2018; the president
# heads the government since.
actor ahmet_necdet_sezer person Ahmet Necdet Sezer
  alias Ahmet Necdet Sezer | Necdet Sezer
  affiliation TUR
  role head_of_state TUR 2000-05-16..2007-08-28
actor abdullah_gul person Abdullah Gül
  alias Abdullah Gül
  affiliation TUR
  role head_of_government TUR 2002-11-18..2003-03-14
  role foreign_minister TUR 2003-03-14..2007-08-28
  role head_of_state TUR 2007-08-28..2014-08-28
actor recep_tayyip_erdogan person Recep Tayyip Erdoğan
  alias Recep Tayyip Erdoğan | Tayyip Erdoğan | Erdoğan
  affiliation TUR
  role head_of_government TUR 2003-03-14..2014-08-28
  role head_of_state TUR 2014-08-28..
  role head_of_government TUR 2018-07-09..
actor bulent_ecevit person Bülent Ecevit
  alias Bülent Ecevit | Ecevit
  affiliation TUR
  role head_of_government TUR 1999-05-28..2002-11-18
actor ahmet_davutoglu person Ahmet Davutoğlu
  alias Ahmet Davutoğlu | Davutoğlu
  affiliation TUR
  role foreign_minister TUR 2009-05-01..2014-08-29
  role head_of_government TUR 2014-08-28..2016-05-24
actor binali_yildirim person Binali Yildirim
  # the dotless ı does not fold to i: both spellings are listed
  alias Binali Yildirim | Binali Yıldırım
  affiliation TUR
  role head_of_government TUR 2016-05-24..2018-07-09
actor ismail_cem person İsmail Cem
  alias İsmail Cem
  affiliation TUR
  role foreign_minister TUR 1997-06..2002-07
actor ali_babacan person Ali Babacan
  alias Ali Babacan | Babacan
  affiliation TUR
  role foreign_minister TUR 2007-08-29..2009-05-01
actor mevlut_cavusoglu person Mevlüt Çavuşoğlu
  alias Mevlüt Çavuşoğlu | Çavuşoğlu
  affiliation TUR
  role foreign_minister TUR 2014-08-29..2015-08-28
  role foreign_minister TUR 2015-11-24..2023-06-03
actor hakan_fidan person Hakan Fidan
  alias Hakan Fidan | Fidan
  affiliation TUR
  role foreign_minister TUR 2023-06-03..

# ======================================================= United Nations
# The Secretary-General holds head_of_state of the UN: lexicons/en.lex maps
# the title "Secretary-General" to that role.
actor kofi_annan person Kofi Annan
  alias Kofi Annan | Annan
  affiliation UN
  role head_of_state UN 1997-01-01..2006-12-31
actor ban_ki_moon person Ban Ki-moon
  alias Ban Ki-moon | Ban Ki Moon
  affiliation UN
  role foreign_minister KOR 2004-01..2006-11
  role head_of_state UN 2007-01-01..2016-12-31
actor antonio_guterres person António Guterres
  alias António Guterres | Guterres
  affiliation UN
  role head_of_government PRT 1995-10-28..2002-04-06
  role head_of_state UN 2017-01-01..

# ====================================================== European Union
# Commission presidents hold head_of_state of the Commission (EC),
# European Council presidents of the European Council (EUCO), and the High
# Representative for Foreign Affairs and Security Policy holds
# foreign_minister of the EU.
actor jose_manuel_barroso person José Manuel Barroso
  alias José Manuel Barroso | Barroso
  affiliation EU
  role head_of_government PRT 2002-04-06..2004-07-17
  role head_of_state EC 2004-11-22..2014-10-31
actor jean_claude_juncker person Jean-Claude Juncker
  alias Jean-Claude Juncker | Juncker
  affiliation EU
  role head_of_government LUX 1995-01-20..2013-12-04
  role head_of_state EC 2014-11-01..2019-11-30
actor ursula_von_der_leyen person Ursula von der Leyen
  alias Ursula von der Leyen | von der Leyen
  affiliation EU
  role head_of_state EC 2019-12-01..
actor herman_van_rompuy person Herman Van Rompuy
  alias Herman Van Rompuy | Van Rompuy
  affiliation EU
  role head_of_government BEL 2008-12-30..2009-11-25
  role head_of_state EUCO 2009-12-01..2014-11-30
actor donald_tusk person Donald Tusk
  alias Donald Tusk | Tusk
  affiliation POL
  role head_of_government POL 2007-11-16..2014-09-22
  role head_of_state EUCO 2014-12-01..2019-11-30
  role head_of_government POL 2023-12-13..
actor charles_michel person Charles Michel
  alias Charles Michel
  affiliation EU
  role head_of_government BEL 2014-10-11..2019-10-27
  role head_of_state EUCO 2019-12-01..2024-11-30
actor antonio_costa person António Costa
  alias António Costa
  affiliation EU
  role head_of_government PRT 2015-11-26..2024-04-02
  role head_of_state EUCO 2024-12-01..
actor javier_solana person Javier Solana
  # NATO Secretary General 1995-1999
  alias Javier Solana | Solana
  affiliation EU
  role foreign_minister EU 1999-10-18..2009-11-30
actor catherine_ashton person Catherine Ashton
  alias Catherine Ashton | Lady Ashton
  affiliation EU
  role foreign_minister EU 2009-12-01..2014-10-31
actor federica_mogherini person Federica Mogherini
  alias Federica Mogherini | Mogherini
  affiliation EU
  role foreign_minister ITA 2014-02..2014-10
  role foreign_minister EU 2014-11-01..2019-11-30
actor josep_borrell person Josep Borrell
  alias Josep Borrell | Borrell
  affiliation EU
  role foreign_minister ESP 2018-06..2019-11
  role foreign_minister EU 2019-12-01..2024-11-30
actor kaja_kallas person Kaja Kallas
  alias Kaja Kallas | Kallas
  affiliation EU
  role head_of_government EST 2021-01-26..2024-07-23
  role foreign_minister EU 2024-12-01..

# ================================================================== NATO
# The Secretary General holds head_of_state of NATO (title
# "Secretary General" in lexicons/en.lex).
actor george_robertson person George Robertson
  alias George Robertson | Lord Robertson
  affiliation NATO
  role head_of_state NATO 1999-10-14..2003-12-17
actor jaap_de_hoop_scheffer person Jaap de Hoop Scheffer
  alias Jaap de Hoop Scheffer | De Hoop Scheffer
  affiliation NATO
  role head_of_state NATO 2004-01-01..2009-07-31
actor anders_fogh_rasmussen person Anders Fogh Rasmussen
  alias Anders Fogh Rasmussen | Fogh Rasmussen
  affiliation NATO
  role head_of_government DNK 2001-11-27..2009-04-05
  role head_of_state NATO 2009-08-01..2014-09-30
actor jens_stoltenberg person Jens Stoltenberg
  alias Jens Stoltenberg | Stoltenberg
  affiliation NATO
  role head_of_government NOR 2000-03-17..2001-10-19
  role head_of_government NOR 2005-10-17..2013-10-16
  role head_of_state NATO 2014-10-01..2024-09-30
actor mark_rutte person Mark Rutte
  alias Mark Rutte | Rutte
  affiliation NATO
  role head_of_government NLD 2010-10-14..2024-07-02
  role head_of_state NATO 2024-10-01..

# ====================================================== other prominent
# Leaders outside the G20 that writing on international affairs names
# often. Heads of state and government; foreign ministers where well known.

# Ukraine
actor leonid_kuchma person Leonid Kuchma
  alias Leonid Kuchma | Kuchma
  affiliation UKR
  role head_of_state UKR 1994-07-19..2005-01-23
actor viktor_yushchenko person Viktor Yushchenko
  alias Viktor Yushchenko | Yushchenko
  affiliation UKR
  role head_of_state UKR 2005-01-23..2010-02-25
actor viktor_yanukovych person Viktor Yanukovych
  alias Viktor Yanukovych | Viktor Yanukovich | Yanukovych | Yanukovich
  affiliation UKR
  role head_of_government UKR 2002-11-21..2005-01-05
  role head_of_government UKR 2006-08-04..2007-12-18
  role head_of_state UKR 2010-02-25..2014-02-22
actor yulia_tymoshenko person Yulia Tymoshenko
  alias Yulia Tymoshenko | Tymoshenko
  affiliation UKR
  role head_of_government UKR 2005-01-24..2005-09-08
  role head_of_government UKR 2007-12-18..2010-03-04
actor mykola_azarov person Mykola Azarov
  alias Mykola Azarov | Azarov
  affiliation UKR
  role head_of_government UKR 2010-03-11..2014-01-28
actor arseniy_yatsenyuk person Arseniy Yatsenyuk
  alias Arseniy Yatsenyuk | Yatsenyuk
  affiliation UKR
  role head_of_government UKR 2014-02-27..2016-04-14
actor petro_poroshenko person Petro Poroshenko
  alias Petro Poroshenko | Poroshenko
  affiliation UKR
  role head_of_state UKR 2014-06-07..2019-05-20
actor volodymyr_groysman person Volodymyr Groysman
  alias Volodymyr Groysman | Groysman
  affiliation UKR
  role head_of_government UKR 2016-04-14..2019-08-29
actor oleksiy_honcharuk person Oleksiy Honcharuk
  alias Oleksiy Honcharuk | Honcharuk
  affiliation UKR
  role head_of_government UKR 2019-08-29..2020-03-04
actor volodymyr_zelensky person Volodymyr Zelensky
  alias Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy | Zelensky | Zelenskyy | Zelenskiy
  affiliation UKR
  role head_of_state UKR 2019-05-20..
actor denys_shmyhal person Denys Shmyhal
  alias Denys Shmyhal | Shmyhal
  affiliation UKR
  role head_of_government UKR 2020-03-04..2025-07-17
actor yulia_svyrydenko person Yulia Svyrydenko
  alias Yulia Svyrydenko | Svyrydenko
  affiliation UKR
  role head_of_government UKR 2025-07-17..
actor pavlo_klimkin person Pavlo Klimkin
  alias Pavlo Klimkin | Klimkin
  affiliation UKR
  role foreign_minister UKR 2014-06-19..2019-08-29
actor vadym_prystaiko person Vadym Prystaiko
  alias Vadym Prystaiko | Prystaiko
  affiliation UKR
  role foreign_minister UKR 2019-08-29..2020-03-04
actor dmytro_kuleba person Dmytro Kuleba
  alias Dmytro Kuleba | Kuleba
  affiliation UKR
  role foreign_minister UKR 2020-03-04..2024-09-05
actor andrii_sybiha person Andrii Sybiha
  alias Andrii Sybiha | Andriy Sybiha | Sybiha
  affiliation UKR
  role foreign_minister UKR 2024-09-05..

# Belarus
actor alexander_lukashenko person Alexander Lukashenko
  alias Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | Lukashenko | Lukashenka
  affiliation BLR
  role head_of_state BLR 1994-07-20..

# Iran. The presidents hold head_of_state because the title "President"
# maps to it; the Supreme Leader holds `leader` (the title "Supreme
# Leader" looks for it first), so that "the Iranian president" resolves
# to the president and "Iran's supreme leader" to Khamenei.
actor ali_khamenei person Ali Khamenei
  alias Ali Khamenei | Ayatollah Ali Khamenei | Ayatollah Khamenei | Khamenei
  affiliation IRN
  role leader IRN 1989-06-04..
actor mohammad_khatami person Mohammad Khatami
  alias Mohammad Khatami | Khatami
  affiliation IRN
  role head_of_state IRN 1997-08-03..2005-08-03
actor mahmoud_ahmadinejad person Mahmoud Ahmadinejad
  alias Mahmoud Ahmadinejad | Ahmadinejad
  affiliation IRN
  role head_of_state IRN 2005-08-03..2013-08-03
actor hassan_rouhani person Hassan Rouhani
  alias Hassan Rouhani | Rouhani
  affiliation IRN
  role head_of_state IRN 2013-08-03..2021-08-03
actor ebrahim_raisi person Ebrahim Raisi
  alias Ebrahim Raisi | Raisi
  affiliation IRN
  role head_of_state IRN 2021-08-03..2024-05-19
actor masoud_pezeshkian person Masoud Pezeshkian
  alias Masoud Pezeshkian | Pezeshkian
  affiliation IRN
  role head_of_state IRN 2024-07-28..
actor kamal_kharrazi person Kamal Kharrazi
  alias Kamal Kharrazi | Kharrazi
  affiliation IRN
  role foreign_minister IRN 1997-08..2005-08
actor manouchehr_mottaki person Manouchehr Mottaki
  alias Manouchehr Mottaki | Mottaki
  affiliation IRN
  role foreign_minister IRN 2005-08..2010-12
actor ali_akbar_salehi person Ali Akbar Salehi
  alias Ali Akbar Salehi
  affiliation IRN
  role foreign_minister IRN 2011-01..2013-08
actor mohammad_javad_zarif person Mohammad Javad Zarif
  alias Mohammad Javad Zarif | Javad Zarif | Zarif
  affiliation IRN
  role foreign_minister IRN 2013-08..2021-08
actor hossein_amir_abdollahian person Hossein Amir-Abdollahian
  alias Hossein Amir-Abdollahian | Amir-Abdollahian | Amirabdollahian
  affiliation IRN
  role foreign_minister IRN 2021-08..2024-05-19
actor abbas_araghchi person Abbas Araghchi
  alias Abbas Araghchi | Araghchi | Araqchi
  affiliation IRN
  role foreign_minister IRN 2024-08..

# Israel
actor ehud_barak person Ehud Barak
  alias Ehud Barak
  affiliation ISR
  role head_of_government ISR 1999-07-06..2001-03-07
actor ariel_sharon person Ariel Sharon
  alias Ariel Sharon
  affiliation ISR
  role head_of_government ISR 2001-03-07..2006-04-14
actor ehud_olmert person Ehud Olmert
  alias Ehud Olmert | Olmert
  affiliation ISR
  role head_of_government ISR 2006-04-14..2009-03-31
actor benjamin_netanyahu person Benjamin Netanyahu
  alias Benjamin Netanyahu | Binyamin Netanyahu | Bibi Netanyahu | Netanyahu
  affiliation ISR
  role head_of_government ISR 1996-06-18..1999-07-06
  role head_of_government ISR 2009-03-31..2021-06-13
  role head_of_government ISR 2022-12-29..
actor naftali_bennett person Naftali Bennett
  alias Naftali Bennett
  affiliation ISR
  role head_of_government ISR 2021-06-13..2022-06-30
actor yair_lapid person Yair Lapid
  alias Yair Lapid | Lapid
  affiliation ISR
  role foreign_minister ISR 2021-06-13..2022-07-01
  role head_of_government ISR 2022-07-01..2022-12-29
actor moshe_katsav person Moshe Katsav
  alias Moshe Katsav | Moshe Katzav
  affiliation ISR
  role head_of_state ISR 2000-08-01..2007-07-01
actor shimon_peres person Shimon Peres
  alias Shimon Peres | Peres
  affiliation ISR
  role foreign_minister ISR 2001-03..2002-11
  role head_of_state ISR 2007-07-15..2014-07-24
actor reuven_rivlin person Reuven Rivlin
  alias Reuven Rivlin | Rivlin
  affiliation ISR
  role head_of_state ISR 2014-07-24..2021-07-07
actor isaac_herzog person Isaac Herzog
  alias Isaac Herzog
  affiliation ISR
  role head_of_state ISR 2021-07-07..
actor tzipi_livni person Tzipi Livni
  alias Tzipi Livni | Livni
  affiliation ISR
  role foreign_minister ISR 2006-05..2009-03
actor avigdor_lieberman person Avigdor Lieberman
  alias Avigdor Lieberman | Avigdor Liberman
  affiliation ISR
  role foreign_minister ISR 2009-03..2012-12
  role foreign_minister ISR 2013-11..2015-05
actor gideon_saar person Gideon Sa'ar
  alias Gideon Sa'ar | Gideon Saar
  affiliation ISR
  role foreign_minister ISR 2024-11..

# Syria
actor bashar_al_assad person Bashar al-Assad
  alias Bashar al-Assad | Bashar Assad | Bashar al Assad | Assad
  affiliation SYR
  role head_of_state SYR 2000-07-17..2024-12-08
actor ahmed_al_sharaa person Ahmed al-Sharaa
  # HTS leader, known as Abu Mohammad al-Jolani until December 2024;
  # proclaimed president for the transition in January 2025
  alias Ahmed al-Sharaa | Ahmad al-Sharaa | al-Sharaa | Abu Mohammad al-Jolani | Abu Mohammed al-Julani | al-Jolani | al-Julani
  affiliation SYR
  role head_of_state SYR 2025-01-29..
actor walid_muallem person Walid Muallem
  alias Walid Muallem | Walid al-Moualem | Walid al-Muallem
  affiliation SYR
  role foreign_minister SYR 2006-02..2020-11
actor faisal_mekdad person Faisal Mekdad
  alias Faisal Mekdad | Faisal al-Mekdad | Faisal Miqdad
  affiliation SYR
  role foreign_minister SYR 2020-11..2024-12
actor asaad_al_shaibani person Asaad al-Shaibani
  alias Asaad al-Shaibani | As'ad al-Shaibani | Asaad Hassan al-Shaibani
  affiliation SYR
  role foreign_minister SYR 2024-12..

# Venezuela
actor hugo_chavez person Hugo Chávez
  alias Hugo Chávez | Chávez
  affiliation VEN
  role head_of_state VEN 1999-02-02..2013-03-05
actor nicolas_maduro person Nicolás Maduro
  alias Nicolás Maduro | Maduro
  affiliation VEN
  role foreign_minister VEN 2006-08..2013-01
  role head_of_state VEN 2013-03-05..

# Holy See
actor pope_john_paul_ii person Pope John Paul II
  alias Pope John Paul II | John Paul II
  affiliation VAT
  role head_of_state VAT 1978-10-16..2005-04-02
actor pope_benedict_xvi person Pope Benedict XVI
  alias Pope Benedict XVI | Benedict XVI | Pope Benedict
  affiliation VAT
  role head_of_state VAT 2005-04-19..2013-02-28
actor pope_francis person Pope Francis
  alias Pope Francis
  affiliation VAT
  role head_of_state VAT 2013-03-13..2025-04-21
actor pope_leo_xiv person Pope Leo XIV
  alias Pope Leo XIV | Leo XIV
  affiliation VAT
  role head_of_state VAT 2025-05-08..

# Palestine, Ethiopia, Sudan, Myanmar
actor mahmoud_abbas person Mahmoud Abbas
  alias Mahmoud Abbas | Abu Mazen
  affiliation PSE
  role head_of_state PSE 2005-01-15..
actor abiy_ahmed person Abiy Ahmed
  alias Abiy Ahmed | Abiy Ahmed Ali | Abiy
  affiliation ETH
  role head_of_government ETH 2018-04-02..
actor abdel_fattah_al_burhan person Abdel Fattah al-Burhan
  # head of the military council (April 2019), then of the Sovereignty
  # Council; commander of the Sudanese army against the RSF
  alias Abdel Fattah al-Burhan | Abdel Fattah Burhan | al-Burhan
  affiliation SDN
  role head_of_state SDN 2019-04-12..
actor min_aung_hlaing person Min Aung Hlaing
  # commander-in-chief who led the February 2021 coup
  alias Min Aung Hlaing | Senior General Min Aung Hlaing
  affiliation MMR

# ========================================= other officials and group leaders
# Prominent people without a role line: senior officials, and the leaders
# of armed groups (affiliation: the group).
actor sergei_shoigu person Sergei Shoigu
  # defence minister 2012-2024, then secretary of the Security Council
  alias Sergei Shoigu | Sergey Shoigu | Shoigu
  affiliation RUS
actor andrei_belousov person Andrei Belousov
  # defence minister since May 2024
  alias Andrei Belousov | Andrey Belousov
  affiliation RUS
actor dmitry_peskov person Dmitry Peskov
  # Kremlin spokesman
  alias Dmitry Peskov | Dmitri Peskov | Peskov
  affiliation RUS
actor maria_zakharova person Maria Zakharova
  # Foreign Ministry spokeswoman
  alias Maria Zakharova | Zakharova
  affiliation RUS
actor ramzan_kadyrov person Ramzan Kadyrov
  alias Ramzan Kadyrov | Kadyrov
  affiliation RUS
actor kim_yo_jong person Kim Yo Jong
  alias Kim Yo Jong | Kim Yo-jong
  affiliation PRK
actor yevgeny_prigozhin person Yevgeny Prigozhin
  # founder of the Wagner Group; killed on 23 August 2023
  alias Yevgeny Prigozhin | Yevgeniy Prigozhin | Prigozhin
  affiliation WAGNER
actor khalifa_haftar person Khalifa Haftar
  # commander of the Libyan National Army in eastern Libya
  alias Khalifa Haftar | Khalifa Hifter | Haftar | Hifter
  affiliation LNA
actor abdul_hamid_dbeibah person Abdul Hamid Dbeibah
  # prime minister of Libya's Government of National Unity (Tripoli)
  # since March 2021
  alias Abdul Hamid Dbeibah | Abdulhamid Dbeibah | Abdul Hamid Dbeibeh | Dbeibah
  affiliation LBY
actor mohamed_hamdan_dagalo person Mohamed Hamdan Dagalo
  alias Mohamed Hamdan Dagalo | Hemedti | Hemeti
  affiliation RSF
actor hassan_nasrallah person Hassan Nasrallah
  # Secretary-General of Hezbollah 1992-2024; killed on 27 September 2024
  alias Hassan Nasrallah | Nasrallah
  affiliation HEZBOLLAH
actor naim_qassem person Naim Qassem
  alias Naim Qassem | Naim Kassem
  affiliation HEZBOLLAH
actor ismail_haniyeh person Ismail Haniyeh
  # killed in Tehran on 31 July 2024
  alias Ismail Haniyeh | Haniyeh
  affiliation HAMAS
actor yahya_sinwar person Yahya Sinwar
  # killed on 16 October 2024; bare "Sinwar" would also name his brother
  alias Yahya Sinwar
  affiliation HAMAS
actor khaled_mashal person Khaled Mashal
  alias Khaled Mashal | Khaled Meshaal | Khalid Mishaal
  affiliation HAMAS
actor abdul_malik_al_houthi person Abdul-Malik al-Houthi
  alias Abdul-Malik al-Houthi | Abdul Malik al-Houthi | Abdulmalik al-Houthi
  affiliation HOUTHIS
actor osama_bin_laden person Osama bin Laden
  # killed on 2 May 2011
  alias Osama bin Laden | Usama bin Laden | bin Laden
  affiliation ALQAEDA
actor ayman_al_zawahiri person Ayman al-Zawahiri
  # killed on 31 July 2022
  alias Ayman al-Zawahiri | Ayman al-Zawahri | Zawahiri
  affiliation ALQAEDA
actor abu_bakr_al_baghdadi person Abu Bakr al-Baghdadi
  # died on 27 October 2019
  alias Abu Bakr al-Baghdadi | al-Baghdadi
  affiliation ISIS
actor hibatullah_akhundzada person Hibatullah Akhundzada
  # Taliban supreme leader since May 2016
  alias Hibatullah Akhundzada | Haibatullah Akhundzada | Akhundzada
  affiliation TALIBAN
