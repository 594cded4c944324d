# Russia–North Korea example layer for `ergraph ingest -l` / `ergraph run -l`.
# Format: docs/lexicon.md. It only adds what the default world lexicon
# (lexicons/world/) leaves out for this topic: lesser-known officials, the
# armed forces of both states, and the treaty of June 2024 as a cue.

# ---------------------------------------------------------------- persons
actor kim_il_guk person Kim Il Guk
  alias Kim Il Guk | Kim Il-guk
  affiliation PRK
actor ri_chol_man person Ri Chol Man
  alias Ri Chol Man | Ri Chol-man
  affiliation PRK
actor no_kwang_chol person No Kwang Chol
  alias No Kwang Chol | No Kwang-chol
  affiliation PRK
actor pak_jong_chon person Pak Jong Chon
  alias Pak Jong Chon | Pak Jong-chon
  affiliation PRK
actor georgy_zinoviev person Georgy Zinoviev
  alias Georgy Zinoviev | Zinoviev
  affiliation RUS

# ------------------------------------------------------ armed forces, etc.
actor KPA org Korean People's Army
  alias Korean People's Army | =KPA | North Korean troops | North Korean soldiers | North Korean forces
  affiliation PRK
actor RUS_AF org Armed Forces of the Russian Federation
  alias Russian Armed Forces | Armed Forces of the Russian Federation | Russian troops | Russian forces | Russian soldiers
  affiliation RUS
actor UKR_AF org Armed Forces of Ukraine
  alias Armed Forces of Ukraine | Ukrainian Armed Forces | Ukrainian troops | Ukrainian forces | Ukrainian soldiers
  affiliation UKR

# ------------------------------------------------------------------ cues
# The treaty of 19 June 2024 binds both states to mutual military aid.
cue alliance noun src=poss,+by,subj tgt=+with,+between,near window=14 : Comprehensive Strategic Partnership Treaty | partnership treaty | mutual assistance clause | mutual defence clause | mutual defense clause
cue arms_transfer verb src=subj tgt=+to,+from,obj window=10 : ship{,s,ped,ping} {shells,munitions,missiles,ammunition} | send{,s} {shells,munitions,missiles,ammunition,artillery shells} | sent {shells,munitions,missiles,ammunition,artillery shells}
cue arms_transfer verb src=+from tgt=subj window=10 : bought {missiles,ballistic missiles,shells,ammunition} | buy{,s,ing} {missiles,ballistic missiles,shells,ammunition}
cue military_cooperation verb src=subj tgt=+alongside,+with window=8 : fought alongside | fight{,s,ing} alongside | deployed alongside

# places that name no actor here
discard : Vostochny Cosmodrome | Amur region | Kursk region
