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
