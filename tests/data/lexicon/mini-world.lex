# A small stand-in world lexicon for tests that must not depend on the
# full default world lexicon (lexicons/world/).
actor RUS state Russia
  alias Russia | Russian Federation | =RF
  adj Russian | Russians
  capital Moscow | Kremlin
actor PRK state North Korea
  alias North Korea | DPRK | Democratic People's Republic of Korea
  adj North Korean | North Koreans
  capital Pyongyang
actor KOR state South Korea
  alias South Korea | ROK | Republic of Korea
  adj South Korean | South Koreans | Korean
  capital Seoul
actor USA state United States
  alias United States | United States of America | =US | U.S. | USA | America
  adj American | Americans
  capital Washington
actor CHN state China
  alias China | People's Republic of China | PRC
  adj Chinese
  capital Beijing
actor JPN state Japan
  alias Japan
  adj Japanese
  capital Tokyo
actor UKR state Ukraine
  alias Ukraine
  adj Ukrainian | Ukrainians
  capital Kyiv | Kiev
actor ARM state Armenia
  alias Armenia
  adj Armenian
  capital Yerevan
actor TUR state Türkiye
  alias Türkiye | Turkey
  adj Turkish
  capital Ankara
actor UN org United Nations
  alias United Nations | =UN | U.N.
actor UNSC org UN Security Council
  alias UN Security Council | United Nations Security Council | Security Council | UNSC
  affiliation UN
actor WAGNER group Wagner Group
  alias Wagner Group | Wagner | PMC Wagner
actor vladimir_putin person Vladimir Putin
  alias Vladimir Putin | Putin
  affiliation RUS
  role head_of_state RUS 2012-05-07..
actor kim_jong_un person Kim Jong Un
  alias Kim Jong Un | Kim Jong-un
  affiliation PRK
actor sergei_lavrov person Sergei Lavrov
  alias Sergei Lavrov | Sergey Lavrov | Lavrov
  affiliation RUS
actor donald_trump person Donald Trump
  alias Donald Trump | Trump
  affiliation USA
actor joe_biden person Joe Biden
  alias Joe Biden | Biden
  affiliation USA
actor DEU state Germany
  alias Germany | Federal Republic of Germany
  adj German | Germans
  capital Berlin
actor POL state Poland
  alias Poland
  adj Polish
  capital Warsaw
actor FIN state Finland
  alias Finland
  adj Finnish
  capital Helsinki
actor FRA state France
  alias France
  adj French
  capital Paris
actor GBR state United Kingdom
  alias United Kingdom | =UK | U.K. | Britain | Great Britain
  adj British
  capital London
actor GRC state Greece
  alias Greece
  adj Greek
  capital Athens
actor SWE state Sweden
  alias Sweden
  adj Swedish
  capital Stockholm
actor IRN state Iran
  alias Iran | Islamic Republic of Iran
  adj Iranian
  capital Tehran
actor SYR state Syria
  alias Syria | Syrian Arab Republic
  adj Syrian
  capital Damascus
actor ISR state Israel
  alias Israel
  adj Israeli | Israelis
actor DZA state Algeria
  alias Algeria
  adj Algerian
  capital Algiers
actor EGY state Egypt
  alias Egypt
  adj Egyptian
  capital Cairo
actor QAT state Qatar
  alias Qatar
  adj Qatari
  capital Doha
actor PSE state Palestine
  alias Palestine | State of Palestine
  adj Palestinian
actor SUN state Soviet Union
  alias Soviet Union | USSR | U.S.S.R.
  adj Soviet
actor YUG state Yugoslavia
  alias Yugoslavia
  adj Yugoslav
actor NATO org North Atlantic Treaty Organization
  alias North Atlantic Treaty Organization | NATO
actor HAMAS group Hamas
  alias Hamas
actor WARSAW_PACT org Warsaw Pact
  alias Warsaw Pact
