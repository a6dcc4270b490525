import { domainToASCII } from 'node:url';
import { seededRandom } from '../../../platform/ids.js';
import type { CompanyDescriptor } from '../company-match.js';
import { companyPairs, type LabelledPair } from './company-pairs.js';

/**
 * The evaluation set for company matching: the hand-labelled pairs of company-pairs.ts followed by pairs
 * generated here from a hand-written list of invented companies. `kind` names the variant family; the
 * generated kinds start with "same:" or "different:", so they never mix with the hand-labelled kinds.
 *
 * Labels follow the conventions of company-pairs.ts: a legal-form, case, punctuation, accent, spacing,
 * plural or one-typo variant of a name is the same company, and so is anything on the same registrable
 * domain (a regional subsidiary included); by name alone an extra word is another legal entity; two
 * company websites with near-identical but different names are two firms; free-mail addresses and
 * generic names are no evidence. Labels say what is true of the invented companies, not what the matcher
 * decides: some true variants (rare legal forms, transliterations, typos in short words) are expected to
 * be missed, and a few different companies are expected to be matched.
 *
 * Everything is deterministic: variants are sampled with a seeded generator, so the set only changes when
 * this file does. A generated pair already present in either order (hand-labelled ones included) is
 * skipped, and so is one whose two sides came out identical.
 */

/**
 * Invented companies: name | legal form | website domain | country[:language] | Latin transliteration.
 * "·" in a name marks a compound that is also written as two words ("Blue·stem" → "Bluestem" or
 * "Blue Stem"). The legal form is a template ("{}" is the name), or written after the name.
 */
const BASE = `
Kestrel Analytics | , Inc. | kestrelanalytics.com | us
Bright·water Dental Group | , LLC | brightwaterdental.com | us
Copper Kettle Coffee Roasters | Inc. | copperkettleroasters.com | us
Harrow·gate Software | Corp. | harrowgate.io | us
Iron·bridge Logistics | LLC | ironbridgelogistics.com | us
Marigold & Finch Interiors | LLC | marigoldfinch.com | us
The Juniper Table | LLC | junipertable.com | us
Sable·wood Timber | Company | sablewoodtimber.com | us
Redfern Orthopedics | Inc. | redfernortho.com | us
Blue·stem Capital Partners | LP | bluestemcp.com | us
Lake·shore Veterinary Clinic | PLLC | lakeshorevetclinic.com | us
Quillon Health Systems | Inc. | quillonhealth.com | us
Tandem Peak Robotics | Inc. | tandempeak.ai | us
O'Halloran's Plumbing & Heating | LLC | ohalloransplumbing.com | us
J.B. Wexford Freight Lines | Inc. | jbwexford.com | us
Cinder·hill Brewing | Co. | cinderhillbrewing.com | us
Pelican Point Insurance Agency | LLC | pelicanpointins.com | us
Meadow·lark Genomics | Inc. | meadowlarkgenomics.com | us
Three Rivers Millwork | Inc. | threeriversmillwork.com | us
Stone·crest Title & Escrow | LLC | stonecresttitle.com | us
Vireo Payments | Inc. | vireopay.com | us
North·beam Solar | LLC | northbeamsolar.com | us
Dunmore Precision Machining | Inc. | dunmoreprecision.com | us
Hollis & Crane Architects | LLP | holliscrane.com | us
Silver·lake Dairy Farms | Inc. | silverlakedairyfarms.com | us
Catalpa Learning | Inc. | catalpalearning.com | us
Wren·field Biologics | Inc. | wrenfieldbio.com | us
Prairie·fire Media | LLC | prairiefiremedia.com | us
Kittredge Home Health | Inc. | kittredgehomehealth.com | us
Anvil·stone Security | Corp. | anvilstonesecurity.com | us
Bay·front Marine Supply | Co. | bayfrontmarinesupply.com | us
Gallowglass Games | Inc. | gallowglass.gg | us
Donnelly's Hardware | Inc. | donnellyshardware.com | us
Grandma Ruth's Kitchen | LLC | grandmaruthskitchen.com | us
Pike & Heron Outfitters | LLC | pikeandheron.com | us
The Oakhaven Group | Inc. | oakhavengroup.com | us
Larkspur Clinical Research | LLC | larkspurclinical.com | us
Thistle·down Ventures | Ltd | thistledown.vc | uk
Penny·whistle Toys | Ltd | pennywhistletoys.co.uk | uk
Harcourt & Vane Solicitors | LLP | harcourtvane.co.uk | uk
Brackenridge Estates | Ltd | brackenridge-estates.co.uk | uk
Grey·friars Analytics | Limited | greyfriars-analytics.co.uk | uk
Ravens·worth Engineering | Ltd | ravensworth-eng.co.uk | uk
Salt·marsh Seafoods | Ltd | saltmarshseafoods.co.uk | uk
Wyvern Rail Services | plc | wyvernrail.com | uk
Kings·mead Care Homes | Ltd | kingsmeadcare.co.uk | uk
The Ludlow Tea Company | Ltd | ludlowtea.co.uk | uk
Amberley Print·works | Ltd | amberleyprintworks.co.uk | uk
Calder Valley Joinery | Ltd | caldervalleyjoinery.co.uk | uk
Fern·hill Veterinary Group | Ltd | fernhillvets.co.uk | uk
St. Aldric's Pharmacy | Ltd | staldrics.co.uk | uk
Mossley & Boyd Distillers | Ltd | mossleyboyd.co.uk | uk
Northumbrian Fibre·net | Ltd | northumbrianfibre.net | uk
Quayside Brewing | Co. Ltd | quaysidebrewing.co.uk | uk
Hale & Whitby Bakers | Ltd | halewhitby.co.uk | uk
Ballycorrig Creamery | Limited | ballycorrig.ie | ie
Shannonside Pharma | Ltd | shannonsidepharma.ie | ie
Corrib Wind Energy | Ltd | corribwind.ie | ie
Maple Ridge Hydro | Inc. | mapleridgehydro.ca | ca
Boréal Mobilier | Inc. | borealmobilier.ca | ca:fr
Laurentide Câblage | Ltée | laurentidecablage.ca | ca:fr
Prairie Sky Canola | Ltd. | prairieskycanola.ca | ca
Tidewater Fisheries | Ltd. | tidewaterfisheries.ca | ca
Caribou Lake Outfitters | Inc. | cariboulake.ca | ca
Nunavik Air Charter | Inc. | nunavikair.ca | ca
Saint-Laurent Métallurgie | Inc. | stlaurentmetal.ca | ca:fr
Wattle·bird Software | Pty Ltd | wattlebird.com.au | au
Kookaburra Creek Wines | Pty Ltd | kookaburracreek.com.au | au
Iron·bark Mining Services | Pty Ltd | ironbarkmining.com.au | au
Coral Coast Charters | Pty Ltd | coralcoastcharters.com.au | au
Bunyip Logistics | Pty Ltd | bunyiplogistics.com.au | au
Red·gum Constructions | Pty Ltd | redgumconstructions.com.au | au
Southerly Buster Surfwear | Pty Ltd | southerlybuster.com.au | au
Mallee Grain Growers | Ltd | malleegrain.com.au | au
Lachlan & Reid Accountants | Pty Ltd | lachlanreid.com.au | au
Kōwhai Digital | Limited | kowhaidigital.co.nz | nz
Tūī Honey | Ltd | tuihoney.co.nz | nz
Waitaki Merino | Ltd | waitakimerino.co.nz | nz
Nordlicht Maschinenbau | GmbH | nordlicht-maschinen.de | de
Bergmann & Söhne Holzbau | GmbH & Co. KG | bergmann-holzbau.de | de
Rheinauen Logistik | GmbH | rheinauen-logistik.de | de
Schwarzwälder Feinmechanik | GmbH | sw-feinmechanik.de | de
Elbufer Immobilien | AG | elbufer-immobilien.de | de
Kranich Solartechnik | GmbH | kranich-solar.de | de
Hafen·blick Reederei | GmbH | hafenblick-reederei.de | de
Müggelsee Brauerei | GmbH | müggelsee-brauerei.de | de
Grünwald Pharma | AG | grünwald-pharma.de | de
Falkenstein Sicherheitstechnik | GmbH | falkenstein-sicherheit.de | de
Lindenhof Bäckerei | GmbH | bäckerei-lindenhof.de | de
Weserland Agrar | eG | weserland-agrar.de | de
Taunus Datenwerk | GmbH | taunus-datenwerk.de | de
Isarwinkel Medizintechnik | GmbH | isarwinkel-medtech.de | de
Spreewald Gurkenhof | GmbH | spreewald-gurkenhof.de | de
Adlerhorst Versicherungsmakler | GmbH | adlerhorst-makler.de | de
Kupfer·berg Elektro | GmbH | kupferberg-elektro.de | de
Hansekontor Handelsgesellschaft | mbH | hansekontor.de | de
Ost·wind Energieanlagen | GmbH | ostwind-energieanlagen.de | de
Sauerland Stahl·guss | GmbH | sauerland-stahlguss.de | de
Zugspitz Outdoor | GmbH | zugspitz-outdoor.de | de
Mühlenbach Papier | GmbH | mühlenbach-papier.de | de
Donautal Fliesen | GmbH | donautal-fliesen.at | at
Alpenrose Hotelbetriebs | GmbH | alpenrose-hotels.at | at
Steirerland Kürbiskern | GmbH | steirerland.at | at
Weingut Reisinger | KG | weingut-reisinger.at | at
Inntal Seilbahnbau | AG | inntal-seilbahn.at | at
Tiroler Glaswerk | GmbH | tiroler-glaswerk.at | at
Aaretal Uhren | AG | aaretal-uhren.ch | ch
Léman Précision | SA | leman-precision.ch | ch:fr
Gotthard Treuhand | AG | gotthard-treuhand.ch | ch
Engadin Käserei | GmbH | engadin-kaeserei.ch | ch
Vetreria Ceresio | SA | vetreria-ceresio.ch | ch:it
Horlogerie Voisard | Sàrl | voisard-horlogerie.ch | ch:fr
Atelier Boismorand | SAS | boismorand.fr | fr
Château Larrieu Vignobles | SA | chateau-larrieu.fr | fr
Lumière Optique | SARL | lumiere-optique.fr | fr
Éditions Montcalme | SA | editions-montcalme.fr | fr
Transports Garrigue | SAS | transports-garrigue.fr | fr
Cidrerie Hautbois | SARL | cidrerie-hautbois.fr | fr
Mistral Aéronautique | SA | mistral-aero.fr | fr
Laboratoires Vernadelle | SAS | vernadelle.fr | fr
Bretagne Marée | SAS | bretagne-maree.fr | fr
Maison Perrault & Fils | SARL | perrault-fils.fr | fr
Ciel d'Azur Voyages | SAS | cielazur-voyages.fr | fr
Forges de Sambreval | SA | sambreval.fr | fr
Quincaillerie Dufresnoy | SARL | dufresnoy.fr | fr
Crémerie Beaufortaine | SAS | beaufortaine.fr | fr
Brasserie Meuseval | SA | meuseval.be | be:fr
Tegelhuis Vermandel | BV | vermandel-tegels.be | be:nl
Ardennes Bois Énergie | SPRL | ardennes-bois.be | be:fr
Scheldekaai Logistics | NV | scheldekaai.be | be:en
Dijkstra & Veenstra Installatietechniek | B.V. | dv-installatie.nl | nl
Polder·wind Energie | B.V. | polderwind.nl | nl
Grachtenhuis Makelaars | BV | grachtenhuis.nl | nl
Zeeuwse Mosselkwekerij | B.V. | zeeuwsemossel.nl | nl
Tulpen·veld Kwekerij | B.V. | tulpenveld.nl | nl
Kaasmakerij Boterbloem | BV | boterbloemkaas.nl | nl
Maasvlakte Stuwadoors | B.V. | maasvlakte-stuwadoors.nl | nl
Fietsfabriek Hoogeveen | B.V. | fietsfabriek-hoogeveen.nl | nl
Duin·rand Software | B.V. | duinrand.nl | nl
Van der Heijden Bouwgroep | N.V. | vdheijdenbouw.nl | nl
Olivares del Sur | S.L. | olivaresdelsur.es | es
Bodegas Peñaflor Alta | S.A. | penafloralta.es | es
Construcciones Garrido Hermanos | S.L. | garridohermanos.es | es
Cerámica Talaverana Ruiz | S.L. | ceramicaruiz.es | es
Transportes Montesol | S.A. | montesol.es | es
Astilleros Cantábricos | S.A. | astilleroscantabricos.es | es
Logística Ebro Norte | S.L. | ebronorte.es | es
Conservas Rías Altas | S.L. | riasaltas.es | es
Farmacia Alcázar | S.L. | farmaciaalcazar.es | es
Turrones Castellví | S.A. | castellvi.es | es
Officine Meccaniche Brenta | S.p.A. | ombrenta.it | it
Cantina Colle Verde | S.r.l. | colleverde.it | it
Pastificio Grana d'Oro | S.r.l. | granadoro.it | it
Ceramiche Valdarno | S.p.A. | ceramichevaldarno.it | it
Tessitura Lariana | S.r.l. | tessituralariana.it | it
Oleificio Sammichele | S.r.l. | oleificiosammichele.it | it
Fonderia Bergamasca | S.p.A. | fonderiabergamasca.it | it
Caffè Portofino Torrefazione | S.r.l. | caffeportofino.it | it
Ottica Belvedere | S.n.c. | otticabelvedere.it | it
Autotrasporti Ferraresi | S.r.l. | autotrasportiferraresi.it | it
Cortiça Alentejana | Lda | cortiça-alentejana.pt | pt
Vinhos Quinta do Sobral | S.A. | quintadosobral.pt | pt
Conservas Atlântico Norte | Lda | atlanticonorte.pt | pt
Têxteis Vale do Ave | S.A. | texteisvaleave.pt | pt
Azulejos Ribeira | Lda | azulejosribeira.pt | pt
Açaí Amazônia Alimentos | Ltda. | acaiamazonia.com.br | br
Construtora Ipê Amarelo | S.A. | ipeamarelo.com.br | br
Cafés Serra Mineira | Ltda. | serramineira.com.br | br
Transportadora Pampa Veloz | Ltda. | pampaveloz.com.br | br
Laticínios Boa Vista | Ltda. | laticiniosboavista.com.br | br
Jabuticaba Tecnologia | S.A. | jabuticaba.tech | br
Calçados Sertão | Ltda. | calcadossertao.com.br | br
Farmácias Bem-Estar Popular | S.A. | bemestarpopular.com.br | br
Tequilera Agave Azul | , S.A. de C.V. | tequileraagaveazul.com.mx | mx
Cementos del Bajío | , S.A.B. de C.V. | cementosbajio.com.mx | mx
Panadería La Espiga Dorada | , S.A. de C.V. | espigadorada.com.mx | mx
Muebles Tlaquepaque | , S. de R.L. de C.V. | mueblestlaquepaque.mx | mx
Autobuses Sierra Madre | , S.A. de C.V. | autobusessierramadre.com.mx | mx
Textiles Oaxaqueños | , S.A. de C.V. | textilesoaxaquenos.mx | mx
Viñedos Patagonia Austral | S.A. | patagoniaaustral.com.ar | ar
Frigorífico Pampa Húmeda | S.A. | pampahumeda.com.ar | ar
Salmones Chiloé Sur | S.A. | chiloesur.cl | cl
Minera Atacama Roja | SpA | atacamaroja.cl | cl
Cafetera Monteclaro | S.A.S. | monteclaro.com.co | co
Textiles Inca Raymi | S.A.C. | incaraymi.com.pe | pe
Wisła Budownictwo | Sp. z o.o. | wisla-budownictwo.pl | pl
Mazurskie Jachty | Sp. z o.o. | mazurskiejachty.pl | pl
Krakowska Pracownia Oprogramowania | Sp. z o.o. | kpo-software.pl | pl
Piekarnia Złoty Kłos | Sp. z o.o. | zlotyklos.pl | pl
Bałtyk Chłodnie | S.A. | baltyk-chlodnie.pl | pl
Zakłady Mięsne Podlasie | Sp. z o.o. | zm-podlasie.pl | pl
Tatry Meble | Sp. z o.o. | tatrymeble.pl | pl
Stalprofil Gliwice | S.A. | stalprofil-gliwice.pl | pl
Vltava Strojírny | a.s. | vltava-strojirny.cz | cz
Pivovar Zlatý Jelen | s.r.o. | zlatyjelen.cz | cz
Morava Textil | a.s. | moravatextil.cz | cz
Tatranská Cukráreň | s.r.o. | tatranskacukraren.sk | sk
Podunajské Mlyny | a.s. | podunajskemlyny.sk | sk
Tisza Vegyipari | Zrt. | tiszavegyipari.hu | hu
Balaton Borászat | Kft. | balatonboraszat.hu | hu
Pannon Hűtőtechnika | Kft. | pannonhűtő.hu | hu
Hortobágy Agrár | Kft. | hortobagyagrar.hu | hu
Carpați Lemn | S.R.L. | carpatilemn.ro | ro
Dunărea Navigație | S.A. | dunareanav.ro | ro
Transilvania Mobila | S.R.L. | transilvaniamobila.ro | ro
Jadran Brodogradnja | d.d. | jadranbrodogradnja.hr | hr
Triglav Pohištvo | d.o.o. | triglav-pohistvo.si | si
Dalmacija Ulje | d.o.o. | dalmacija-ulje.hr | hr
Norrsken Bygg | AB | norrskenbygg.se | se
Skärgårdens Varv | AB | skärgårdensvarv.se | se
Lövängen Mejeri | AB | lövängen.se | se
Östgöta Elektronik | AB | ostgotaelektronik.se | se
Björkdal Skog | AB | bjorkdalskog.se | se
Kvarnbacken Bageri | AB | kvarnbackenbageri.se | se
Havbris Sjømat | AS | havbris-sjømat.no | no
Nordkapp Laks | AS | nordkapplaks.no | no
Trollheim Bygg | AS | trollheimbygg.no | no
Vestland Kraftverk | ASA | vestlandkraft.no | no
Bergstad Rørleggerservice | AS | bergstadror.no | no
Lofoten Tørrfisk | AS | lofotentorrfisk.no | no
Kattegat Vindmøller | A/S | kattegatvind.dk | dk
Ølstykke Bryggeri | ApS | ølstykke-bryggeri.dk | dk
Limfjord Østers | ApS | limfjordøsters.dk | dk
Hvidsten Møbler | A/S | hvidstenmobler.dk | dk
Skagen Fiskeeksport | A/S | skagenfisk.dk | dk
Bornholm Keramik | ApS | bornholmkeramik.dk | dk
Saimaa Puutuote | Oy | saimaapuutuote.fi | fi
Revontuli Pelit | Oy | revontulipelit.fi | fi
Pohjanmaa Konepaja | Oy | pohjanmaakonepaja.fi | fi
Kuusamo Matkailu | Oy | kuusamomatkailu.fi | fi
Ålands Sjötrafik | Ab | alandssjotrafik.ax | fi:sv
Yıldız Tekstil | A.Ş. | yildiztekstil.com.tr | tr
Kapadokya Halı | Ltd. Şti. | kapadokyahali.com.tr | tr
Ege Zeytinyağı | A.Ş. | egezeytinyagi.com.tr | tr
Boğaziçi Lojistik | A.Ş. | bogazicilojistik.com.tr | tr
Anadolu Çini Atölyesi | Ltd. Şti. | anadolucini.com.tr | tr
Αιγαίο Ναυτιλιακή | Α.Ε. | aigaio-naftiliaki.gr | gr | Aigaio Naftiliaki
Κρητικό Ελαιόλαδο | Α.Ε. | kritiko-elaiolado.gr | gr | Kritiko Elaiolado
Όλυμπος Γαλακτοκομική | Ε.Π.Ε. | olympos-galaktokomiki.gr | gr | Olympos Galaktokomiki
Thessaloniki Marble Works | S.A. | thessmarble.gr | gr:en
Северный Ветер | ООО «{}» | severny-veter.ru | ru | Severny Veter
Уральские Самоцветы | АО «{}» | uralsamocvety.ru | ru | Uralskie Samotsvety
Волжский Хлебозавод | АО «{}» | volzhsky-hleb.ru | ru | Volzhsky Khlebozavod
Сибирский Кедр | ООО «{}» | sibkedr.ru | ru | Sibirsky Kedr
Байкал Технологии | ООО «{}» | baikal-tech.ru | ru | Baikal Tekhnologii
Ладожская Верфь | ПАО «{}» | ladoga-verf.ru | ru | Ladozhskaya Verf
Камчатка Рыбпром | ООО «{}» | kamchatka-rybprom.ru | ru | Kamchatka Rybprom
Тайга Логистик | ООО «{}» | тайга-логистик.рф | ru | Taiga Logistik
Карпатські Ліси | ТОВ «{}» | karpatski-lisy.com.ua | ua | Karpatski Lisy
Степной Орёл | ТОО «{}» | stepnoy-oryol.kz | kz | Stepnoy Oryol
北辰精機 | {}株式会社 | hokushin-seiki.co.jp | jp | Hokushin Seiki
青葉製薬 | 株式会社{} | aoba-seiyaku.co.jp | jp | Aoba Seiyaku
瀬戸内造船 | {}株式会社 | setouchi-zosen.co.jp | jp | Setouchi Zosen
桜丘ソフトウェア | 株式会社{} | sakuragaoka-soft.jp | jp | Sakuragaoka Software
富士見食品 | {}株式会社 | fujimi-shokuhin.co.jp | jp | Fujimi Shokuhin
北海水産 | 株式会社{} | hokkai-suisan.co.jp | jp | Hokkai Suisan
白鷺電機 | {}株式会社 | shirasagi-denki.co.jp | jp | Shirasagi Denki
みなと物流 | 株式会社{} | minato-butsuryu.co.jp | jp | Minato Butsuryu
Kawabata Optics | Co., Ltd. | kawabata-optics.co.jp | jp
Tsubame Cutlery | K.K. | tsubame-cutlery.jp | jp
Hoshizora Games | Inc. | hoshizora.games | jp
Marukawa Trading | Co., Ltd. | marukawa-trading.co.jp | jp
Shinonome Robotics | Co., Ltd. | shinonome-robotics.co.jp | jp
Yamabuki Textile | Co., Ltd. | yamabuki-textile.co.jp | jp
한결소프트 | 주식회사 {} | hangyeol-soft.co.kr | kr | Hangyeol Soft
푸른바다수산 | {} 주식회사 | pureunbada.co.kr | kr | Pureun Bada Susan
새벽별전자 | (주){} | saebyeokbyeol.co.kr | kr | Saebyeokbyeol Jeonja
동해조선 | 주식회사 {} | donghae-joseon.co.kr | kr | Donghae Joseon
청솔식품 | ㈜{} | cheongsol-food.co.kr | kr | Cheongsol Sikpum
Haneul Biotech | Co., Ltd. | haneulbio.co.kr | kr
Jinju Precision | Corp. | jinjuprecision.co.kr | kr
Seorak Mobility | Inc. | seorakmobility.com | kr
华岳电子 | {}有限公司 | huayue-elec.cn | cn | Huayue Dianzi
长风物流 | {}股份有限公司 | changfeng-wuliu.cn | cn | Changfeng Wuliu
青松茶业 | {}有限公司 | qingsong-tea.cn | cn | Qingsong Chaye
金桥建材 | {}有限公司 | jinqiao-jiancai.cn | cn | Jinqiao Jiancai
星河软件 | {}有限公司 | xinghe-soft.cn | cn | Xinghe Ruanjian
Jade River Electronics | Co., Ltd. | jaderiver-elec.com.cn | cn
Lanyue Technology | Co., Ltd. | lanyuetech.cn | cn
Hangzhou Qingshan Tea | Co., Ltd. | qingshantea.com.cn | cn
玉山精密 | {}股份有限公司 | yushan-precision.com.tw | tw | Yushan Jingmi
阿里山茶園 | {}有限公司 | alishan-chayuan.com.tw | tw | Alishan Chayuan
Victoria Harbour Trading | Limited | vhtrading.com.hk | hk
Kowloon Bay Textiles | Ltd | kowloonbaytextiles.com.hk | hk
Lantau Ferry Holdings | Limited | lantauferry.com.hk | hk
Kaveri Agro Foods | Pvt. Ltd. | kaveriagro.in | in
Ashoka Steel Fabricators | Pvt Ltd | ashokasteelfab.in | in
Narmada Infotech | Private Limited | narmadainfotech.com | in
Gulmohar Pharmaceuticals | Ltd | gulmoharpharma.in | in
Tanjore Silk House | Pvt. Ltd. | tanjoresilkhouse.in | in
Himgiri Mineral Water | Pvt Ltd | himgiriwater.in | in
A.K. Venkatesh & Sons | Pvt. Ltd. | akvenkatesh.in | in
Deccan Solar Power | Ltd | deccansolar.in | in
Brahmaputra Tea Estates | Ltd | brahmaputratea.in | in
Malabar Spice Exporters | Pvt Ltd | malabarspice.in | in
Merlion Cold Chain | Pte. Ltd. | merlioncoldchain.com.sg | sg
Sentosa Marine Services | Pte Ltd | sentosamarine.com.sg | sg
Tanjong Pagar Fintech | Pte. Ltd. | tpfintech.sg | sg
Orchid Lane Biotech | Pte. Ltd. | orchidlanebio.sg | sg
Kallang Robotics | Pte Ltd | kallangrobotics.sg | sg
Kinabalu Palm Oil | Sdn. Bhd. | kinabalupalm.com.my | my
Penang Semikonduktor | Sdn Bhd | penangsemi.com.my | my
Melaka Batik Heritage | Sdn. Bhd. | melakabatik.my | my
Nusantara Kopi Prima | PT {} | kopiprima.co.id | id
Borobudur Tekstil | PT {} Tbk | borobudurtekstil.co.id | id
Sumatera Sawit Lestari | PT {} | sawitlestari.co.id | id
สยามพัฒนา | บริษัท {} จำกัด | siam-pattana.co.th | th | Siam Pattana
Chao Phraya Logistics | Co., Ltd. | chaophrayalogistics.co.th | th
Lanna Ceramics | Co., Ltd. | lannaceramics.co.th | th
Sao Mai Điện Tử | Công ty TNHH {} | saomai-dientu.vn | vn
Mekong Delta Seafood | JSC | mekongdeltaseafood.com.vn | vn:en
Hạ Long Sơn Mài | Co., Ltd. | halongsonmai.vn | vn
Bayanihan Foods | Inc. | bayanihanfoods.ph | ph
Mabuhay Shipping Lines | Corp. | mabuhayshipping.com.ph | ph
Karoo Lamb Traders | (Pty) Ltd | karoolamb.co.za | za
Fynbos Botanicals | (Pty) Ltd | fynbosbotanicals.co.za | za
Drakensberg Timber | (Pty) Ltd | drakensbergtimber.co.za | za
Kalahari Solar | (Pty) Ltd | kalaharisolar.co.za | za
Umhlanga Marine Services | (Pty) Ltd | umhlangamarine.co.za | za
Zuma Rock Cement | Limited | zumarockcement.com.ng | ng
Lagos Lagoon Logistics | Ltd | lagoslagoonlogistics.ng | ng
Adire Textiles | Ltd | adiretextiles.com.ng | ng
M.J. Oyelaran & Associates | Ltd | mjoyelaran.com.ng | ng
Kilimanjaro Coffee Growers | Ltd | kilimanjarocoffee.co.ke | ke
Savanna Mobile Money | Ltd | savannamobile.co.ke | ke
Al Noor Trading | LLC | alnoortrading.ae | ae
Dune Crest Real Estate | L.L.C. | dunecrest.ae | ae
Falcon Bay Logistics | FZE | falconbaylogistics.ae | ae
Marina Pearl Hospitality | LLC | marinapearl.ae | ae
Carmel Cyber Defense | Ltd. | carmelcyber.co.il | il
Negev Water Tech | Ltd | negevwatertech.co.il | il
Galil Olive Press | Ltd | galilolivepress.co.il | il
`;

/**
 * Everyday legal forms of each country (or of a Latin name in a non-Latin-script country), and further
 * forms met less often. Only the legal-form family draws from MORE_FORMS; the other families keep to the
 * everyday forms, so that their figures measure their own variant.
 */
const FORMS: Record<string, readonly string[]> = {
  us: ['{}, Inc.', '{} Inc.', '{} Inc', '{} LLC', '{}, LLC', '{} Corp.', '{} Corporation', '{} Co.', '{}'],
  uk: ['{} Ltd', '{} Ltd.', '{} Limited', '{} plc', '{}'],
  ie: ['{} Limited', '{} Ltd', '{}'],
  ca: ['{} Inc.', '{} Ltd.', '{} Corp.', '{}'],
  au: ['{} Pty Ltd', '{} Pty. Ltd.', '{} Ltd', '{}'],
  nz: ['{} Limited', '{} Ltd', '{}'],
  de: ['{} GmbH', '{} AG', '{} GmbH & Co. KG', '{}'],
  at: ['{} GmbH', '{} AG', '{}'],
  ch: ['{} AG', '{} SA', '{} GmbH', '{}'],
  fr: ['{} SA', '{} SAS', '{} SARL', '{}'],
  be: ['{} SA', '{} NV', '{} BV', '{} SRL', '{}'],
  nl: ['{} B.V.', '{} BV', '{} N.V.', '{}'],
  es: ['{} S.L.', '{} SL', '{} S.A.', '{}'],
  it: ['{} S.p.A.', '{} S.r.l.', '{} Srl', '{}'],
  pt: ['{} Lda', '{} S.A.', '{}'],
  br: ['{} Ltda.', '{} Ltda', '{} S.A.', '{}'],
  mx: ['{}, S.A. de C.V.', '{} SA de CV', '{}'],
  ar: ['{} S.A.', '{} S.R.L.', '{} SA', '{}'],
  cl: ['{} S.A.', '{} SpA', '{} Ltda.', '{}'],
  co: ['{} S.A.S.', '{} SAS', '{} S.A.', '{}'],
  pe: ['{} S.A.C.', '{} SAC', '{} S.A.', '{}'],
  pl: ['{} Sp. z o.o.', '{} sp. z o.o.', '{} S.A.', '{}'],
  cz: ['{} s.r.o.', '{} a.s.', '{}'],
  sk: ['{} s.r.o.', '{} a.s.', '{}'],
  hu: ['{} Kft.', '{} Zrt.', '{}'],
  ro: ['{} S.R.L.', '{} SRL', '{} S.A.', '{}'],
  hr: ['{} d.o.o.', '{}'],
  si: ['{} d.o.o.', '{}'],
  se: ['{} AB', '{}'],
  no: ['{} AS', '{} ASA', '{}'],
  dk: ['{} A/S', '{} ApS', '{}'],
  fi: ['{} Oy', '{} Oyj', '{}'],
  tr: ['{} A.Ş.', '{} Ltd. Şti.', '{}'],
  gr: ['{} Α.Ε.', '{}'],
  'gr-latin': ['{} S.A.', '{} SA', '{}'],
  ru: ['ООО «{}»', 'АО «{}»', '{}'],
  ua: ['ТОВ «{}»', '{}'],
  kz: ['ТОО «{}»', '{}'],
  jp: ['{}株式会社', '株式会社{}', '{}'],
  'jp-latin': ['{} Co., Ltd.', '{} Corporation', '{} Inc.', '{}'],
  kr: ['주식회사 {}', '(주){}', '{}'],
  'kr-latin': ['{} Co., Ltd.', '{} Corp.', '{}'],
  cn: ['{}有限公司', '{}股份有限公司', '{}'],
  'cn-latin': ['{} Co., Ltd.', '{} Limited', '{}'],
  tw: ['{}股份有限公司', '{}有限公司', '{}'],
  hk: ['{} Limited', '{} Ltd', '{}'],
  in: ['{} Pvt. Ltd.', '{} Private Limited', '{} Pvt Ltd', '{} Ltd', '{} Limited', '{}'],
  sg: ['{} Pte. Ltd.', '{} Pte Ltd', '{}'],
  my: ['{} Sdn. Bhd.', '{} Sdn Bhd', '{}'],
  id: ['PT {}', 'PT {} Tbk', '{}'],
  th: ['บริษัท {} จำกัด', '{}'],
  'th-latin': ['{} Co., Ltd.', '{}'],
  vn: ['Công ty TNHH {}', '{} JSC', '{} Co., Ltd.', '{}'],
  ph: ['{} Inc.', '{} Corp.', '{} Corporation', '{}'],
  za: ['{} (Pty) Ltd', '{} Pty Ltd', '{}'],
  ng: ['{} Limited', '{} Ltd', '{} PLC', '{}'],
  ke: ['{} Limited', '{} Ltd', '{} PLC', '{}'],
  ae: ['{} LLC', '{} L.L.C.', '{} FZE', '{} FZ-LLC', '{}'],
  il: ['{} Ltd.', '{} Ltd', '{}'],
};

const MORE_FORMS: Record<string, readonly string[]> = {
  us: ['{} Inc', '{} Incorporated', '{} L.L.C.', '{} Company', '{} PLLC', '{} LP'],
  uk: ['{} PLC', '{} LLP'],
  ie: ['{} DAC', '{} Teoranta'],
  ca: ['{} Ltée'],
  au: ['{} Pty Limited'],
  de: ['{} KG', '{} SE', '{} UG (haftungsbeschränkt)', '{} mbH', '{} eG'],
  at: ['{} Ges.m.b.H.', '{} KG'],
  ch: ['{} Sàrl'],
  fr: ['{} S.A.', '{} S.A.S.', '{} S.à r.l.'],
  be: ['{} SPRL'],
  nl: ['{} NV'],
  es: ['{} SA', '{} S.L.U.'],
  it: ['{} SpA', '{} s.r.l.', '{} S.n.c.'],
  pt: ['{} Lda.', '{}, Unipessoal Lda'],
  br: ['{} S/A'],
  mx: ['{} S. de R.L. de C.V.'],
  pl: ['{} Spółka z o.o.'],
  cz: ['{} spol. s r.o.'],
  hu: ['{} Kft', '{} Nyrt.'],
  hr: ['{} d.d.'],
  si: ['{} d.d.'],
  se: ['{} AB (publ)'],
  fi: ['{} Oy Ab'],
  tr: ['{} AŞ', '{} Anonim Şirketi'],
  gr: ['{} ΑΕ', '{} Ε.Π.Ε.'],
  ru: ['ООО "{}"', 'ПАО «{}»'],
  jp: ['(株){}', '㈱{}'],
  'jp-latin': ['{} K.K.', '{} KK'],
  kr: ['{} 주식회사', '㈜{}'],
  'kr-latin': ['{} Inc.'],
  'cn-latin': ['{} Ltd.'],
  hk: ['{} Ltd.'],
  my: ['{} Berhad'],
  id: ['PT. {}'],
  th: ['บริษัท {} จำกัด (มหาชน)'],
  'th-latin': ['{} Public Company Limited'],
  vn: ['Công ty Cổ phần {}'],
  za: ['{} (Pty) Limited'],
};

const LANGUAGE: Record<string, string> = {
  de: 'de',
  at: 'de',
  ch: 'de',
  fr: 'fr',
  be: 'fr',
  nl: 'nl',
  es: 'es',
  mx: 'es',
  ar: 'es',
  cl: 'es',
  co: 'es',
  pe: 'es',
  it: 'it',
  pt: 'pt',
  br: 'pt',
  pl: 'pl',
  cz: 'cs',
  sk: 'cs',
  hu: 'hu',
  ro: 'ro',
  hr: 'hr',
  si: 'hr',
  se: 'sv',
  no: 'no',
  dk: 'da',
  fi: 'fi',
  tr: 'tr',
  id: 'id',
  my: 'id',
};

/** Trade words of other companies: "Kestrel Analytics" has a namesake "Kestrel Plumbing". */
const TRADES: Record<string, readonly string[]> = {
  en: [
    'Logistics',
    'Foods',
    'Capital',
    'Dental',
    'Software',
    'Construction',
    'Media',
    'Insurance',
    'Robotics',
    'Textiles',
    'Pharmaceuticals',
    'Realty',
    'Brewing',
    'Security',
    'Hydraulics',
    'Plumbing',
    'Roofing',
    'Catering',
    'Optics',
    'Furniture',
    'Aviation',
    'Ceramics',
    'Biotech',
    'Outfitters',
    'Architects',
    'Interiors',
    'Analytics',
  ],
  de: [
    'Logistik',
    'Maschinenbau',
    'Elektrotechnik',
    'Immobilien',
    'Bäckerei',
    'Versicherungen',
    'Holzbau',
    'Medizintechnik',
    'Gastronomie',
    'Spedition',
    'Brauerei',
    'Fensterbau',
    'Metallbau',
    'Haustechnik',
  ],
  fr: [
    'Logistique',
    'Transports',
    'Immobilier',
    'Boulangerie',
    'Conseil',
    'Informatique',
    'Assurances',
    'Menuiserie',
    'Pharmacie',
    'Charpente',
    'Imprimerie',
  ],
  es: [
    'Logística',
    'Construcciones',
    'Inmobiliaria',
    'Alimentación',
    'Seguros',
    'Transportes',
    'Energía',
    'Tecnología',
    'Carpintería',
  ],
  pt: [
    'Logística',
    'Construções',
    'Imobiliária',
    'Alimentos',
    'Seguros',
    'Transportes',
    'Energia',
    'Tecnologia',
  ],
  it: [
    'Logistica',
    'Costruzioni',
    'Immobiliare',
    'Alimentari',
    'Assicurazioni',
    'Trasporti',
    'Energia',
    'Informatica',
    'Arredamenti',
  ],
  nl: [
    'Logistiek',
    'Bouw',
    'Installatietechniek',
    'Vastgoed',
    'Verzekeringen',
    'Transport',
    'Techniek',
    'Bakkerij',
  ],
  sv: ['Bygg', 'Transport', 'Elektro', 'Fastigheter', 'Data', 'Marin', 'Energi', 'Måleri'],
  no: ['Bygg', 'Transport', 'Elektro', 'Eiendom', 'Data', 'Marine', 'Energi', 'Maskin'],
  da: ['Byg', 'Transport', 'Elektro', 'Ejendomme', 'Data', 'Marine', 'Energi', 'Maskiner'],
  fi: ['Rakennus', 'Kuljetus', 'Sähkö', 'Kiinteistöt', 'Data', 'Energia'],
  pl: ['Logistyka', 'Budownictwo', 'Meble', 'Transport', 'Energetyka', 'Elektronika'],
  cs: ['Logistika', 'Stavby', 'Doprava', 'Elektro', 'Nábytek'],
  hu: ['Logisztika', 'Építőipar', 'Szállítás', 'Elektronika', 'Bútor'],
  ro: ['Logistică', 'Construcții', 'Transport', 'Energie', 'Mobilă'],
  hr: ['Logistika', 'Gradnja', 'Transport', 'Energija'],
  tr: ['Lojistik', 'İnşaat', 'Tekstil', 'Gıda', 'Enerji', 'Mobilya'],
  id: ['Logistik', 'Konstruksi', 'Energi', 'Teknologi', 'Farmasi'],
};

/** Names whose trade comes first ("Transportes Montesol"): their namesakes differ in the first word. */
const TRADE_FIRST = new Set(
  `Atelier Château Éditions Transports Cidrerie Laboratoires Maison Forges Quincaillerie Crémerie Brasserie
  Bodegas Construcciones Cerámica Astilleros Logística Conservas Farmacia Turrones Officine Cantina Pastificio
  Ceramiche Tessitura Oleificio Fonderia Caffè Ottica Autotrasporti Vinhos Têxteis Azulejos Construtora Cafés
  Transportadora Laticínios Calçados Farmácias Tequilera Cementos Panadería Muebles Autobuses Textiles Viñedos
  Frigorífico Salmones Minera Cafetera Vetreria Horlogerie Tegelhuis Kaasmakerij Fietsfabriek Weingut Piekarnia
  Zakłady Pivovar Krakowska`
    .split(/\s+/)
    .filter(Boolean),
);

const ENGLISH_SPEAKING = new Set('us uk ie ca au nz za ng ke in sg hk ph'.split(' '));

const AND_WORD: Record<string, string> = {
  en: 'and',
  de: 'und',
  fr: 'et',
  nl: 'en',
  es: 'y',
  it: 'e',
  pt: 'e',
};

const FREE_MAIL: Record<string, readonly string[]> = {
  us: ['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net'],
  uk: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com', 'yahoo.co.uk'],
  de: ['gmx.de', 'web.de', 't-online.de', 'freenet.de'],
  at: ['gmx.net', 'gmx.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'hotmail.fr'],
  it: ['libero.it', 'virgilio.it'],
  pl: ['wp.pl', 'o2.pl', 'interia.pl'],
  cz: ['seznam.cz'],
  ru: ['mail.ru', 'yandex.ru'],
  kr: ['naver.com', 'hanmail.net', 'daum.net'],
  cn: ['qq.com', '163.com', '126.com'],
  jp: ['yahoo.co.jp'],
  br: ['uol.com.br', 'bol.com.br', 'terra.com.br'],
  in: ['rediffmail.com', 'gmail.com'],
  au: ['bigpond.com', 'optusnet.com.au'],
  ca: ['shaw.ca', 'rogers.com'],
  other: ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'proton.me', 'icloud.com'],
};

const ROLE_MAILBOXES = 'sales info procurement accounts.payable it-support partners office hello'.split(' ');

/** A regional office: its name suffix and the subdomain or path its website uses. */
const REGIONS = [
  { word: 'Japan', site: 'jp' },
  { word: 'Deutschland', site: 'de' },
  { word: 'UK', site: 'uk' },
  { word: 'EMEA', site: 'emea' },
  { word: 'Asia Pacific', site: 'apac' },
  { word: 'Nordics', site: 'nordics' },
  { word: 'Iberia', site: 'es' },
  { word: 'North America', site: 'us' },
  { word: 'Benelux', site: 'benelux' },
  { word: 'France', site: 'fr' },
  { word: 'Online Shop', site: 'shop' },
  { word: 'Store', site: 'store' },
];

/** Words that make another legal entity out of a name: a holding, a regional subsidiary, a sister firm. */
const EXTRA_WORDS = (
  'Holdings, Group, Services, Capital, Finance, Leasing, Foundation, Properties, Consulting, Labs, Ventures, ' +
  'Academy, Realty, Wholesale, Technologies, International, Partners, Japan, Deutschland, UK, Asia Pacific, ' +
  'North America, Europe, India, Brasil, Polska, Nordic'
).split(', ');

const OTHER_SUFFIXES = 'com eu de co.uk fr nl es it com.au ca ch io net jp sg'.split(' ');
/** The legal forms a company uses on its website under another country's suffix. */
const SUFFIX_FORMS: Record<string, string> = {
  com: 'us',
  eu: 'us',
  io: 'us',
  net: 'us',
  de: 'de',
  'co.uk': 'uk',
  fr: 'fr',
  nl: 'nl',
  es: 'es',
  it: 'it',
  'com.au': 'au',
  ca: 'ca',
  ch: 'ch',
  jp: 'jp-latin',
  sg: 'sg',
};

/** The keys next to each letter on a QWERTY keyboard. */
const KEYBOARD: Record<string, string> = Object.fromEntries(
  (
    'q:wa w:qes e:wrd r:etf t:ryg y:tuh u:yij i:uok o:ipl p:ol a:qsz s:adw d:sfe f:dgr g:fht h:gjy ' +
    'j:hku k:jli l:ko z:asx x:zcs c:xvd v:cbf b:vng n:bmh m:nj'
  )
    .split(' ')
    .map((entry) => entry.split(':') as [string, string]),
);

const NON_LATIN_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}]/u;

interface Company {
  /** The name without legal form and without "·" marks. */
  name: string;
  /** The name written as two words where the base list marks a compound, else null. */
  spaced: string | null;
  /** Legal-form template: "{}" is the name. */
  form: string;
  domain: string;
  country: string;
  language: string;
  latin: string | null;
  script: boolean;
  /** Key into FORMS. */
  forms: string;
}

function template(form: string): string {
  if (form.includes('{}')) return form;
  if (!form) return '{}';
  return form.startsWith(',') ? `{}${form}` : `{} ${form}`;
}

const COMPANIES: Company[] = BASE.trim()
  .split('\n')
  .map((line) => {
    const [marked = '', form = '', domain = '', place = '', latin = ''] = line
      .split('|')
      .map((f) => f.trim());
    const [country = '', language] = place.split(':');
    const script = NON_LATIN_SCRIPT.test(marked);
    const name = marked.replaceAll('·', '');
    return {
      name,
      spaced: marked.includes('·')
        ? marked.replace(/·(.)/g, (_, letter: string) => ` ${letter.toUpperCase()}`)
        : null,
      form: template(form),
      domain,
      country,
      language: language ?? LANGUAGE[country] ?? 'en',
      latin: latin || null,
      script,
      forms: !script && FORMS[`${country}-latin`] ? `${country}-latin` : country,
    };
  });

for (const [i, company] of COMPANIES.entries()) {
  if (!FORMS[company.forms]) throw new Error(`no legal forms for ${company.name}`);
  if (COMPANIES.findIndex((other) => other.domain === company.domain) !== i) {
    throw new Error(`two base companies share the domain ${company.domain}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Deterministic sampling and the pair list

const random = seededRandom(0x5eed_1001);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (probability: number) => random() < probability;

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

type Side = string | CompanyDescriptor;

const descriptor = (side: Side): CompanyDescriptor => (typeof side === 'string' ? { name: side } : side);
const descriptorKey = (d: CompanyDescriptor) => JSON.stringify([d.name, d.domain ?? null, d.email ?? null]);

/** The same for a pair and its mirror image. */
export function pairKey(pair: { a: CompanyDescriptor; b: CompanyDescriptor }): string {
  return [descriptorKey(pair.a), descriptorKey(pair.b)].sort().join(' | ');
}

const generated: LabelledPair[] = [];
const seen = new Set(companyPairs.map(pairKey));

function add(kind: string, same: boolean, sides: [Side, Side] | null): boolean {
  if (!sides) return false;
  const pair = { a: descriptor(sides[0]), b: descriptor(sides[1]), same, kind };
  const key = pairKey(pair);
  if (descriptorKey(pair.a) === descriptorKey(pair.b) || seen.has(key)) return false;
  seen.add(key);
  generated.push(pair);
  return true;
}

/** Up to `count` pairs of one kind, from candidates in a seeded order; candidates giving no new pair are skipped. */
function generate<T>(
  kind: string,
  same: boolean,
  count: number,
  candidates: readonly T[],
  make: (candidate: T) => [Side, Side] | null,
): void {
  let added = 0;
  for (const candidate of shuffled(candidates)) {
    if (added >= count) return;
    if (add(kind, same, make(candidate))) added++;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Name and domain variants

/** As someone without the letters would type it: accents dropped, "ø" → "o", "ß" → "ss", "ı" → "i". */
function ascii(text: string): string {
  const letters: Record<string, string> = {
    ø: 'o',
    Ø: 'O',
    æ: 'ae',
    Æ: 'Ae',
    œ: 'oe',
    Œ: 'Oe',
    ß: 'ss',
    ł: 'l',
    Ł: 'L',
    đ: 'd',
    Đ: 'D',
    ı: 'i',
    þ: 'th',
  };
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØæÆœŒßłŁđĐıþ]/g, (letter) => letters[letter]!);
}

/** German umlauts spelled out: "Grünwald" → "Gruenwald". */
function spellUmlauts(text: string): string {
  const letters: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
  return text.replace(/[äöüÄÖÜß]/g, (letter) => letters[letter]!);
}

const slug = (text: string) =>
  ascii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
const withForm = (name: string, form: string) => form.replace('{}', name);
const full = (c: Company) => withForm(c.name, c.form);
const allForms = (c: Company) => [...FORMS[c.forms]!, ...(MORE_FORMS[c.forms] ?? [])];
/** Any legal form but the company's own, everyday or not: for the legal-form family. */
const otherForm = (c: Company) => pick(allForms(c).filter((form) => form !== c.form));
/** An everyday legal form of the company's country. */
const anyForm = (c: Company) => pick(FORMS[c.forms]!);
/** The company's own legal form when it is an everyday one, else none. */
const ownForm = (c: Company) => (FORMS[c.forms]!.includes(c.form) ? c.form : '{}');
/** The name as the families other than the legal-form one write it. */
const written = (c: Company) => withForm(c.name, ownForm(c));
const firstLabel = (domain: string) => domain.slice(0, domain.indexOf('.'));
const suffixOf = (domain: string) => domain.slice(domain.indexOf('.') + 1);
const words = (name: string) => name.split(' ').filter(Boolean);
const isAsciiWord = (word: string) => /^[A-Za-z]+$/.test(word);
const tradeFirst = (c: Company) => TRADE_FIRST.has(words(c.name)[0] ?? '');

/** A free-mail address a small company's contact might use. */
function freeMail(country: string, name: string): string {
  const local = slug(name).slice(0, 18) || 'office';
  const mailbox = pick([
    local,
    `${local}.office`,
    `info.${local}`,
    `${local}${10 + Math.floor(random() * 89)}`,
  ]);
  return `${mailbox}@${pick(FREE_MAIL[country] ?? FREE_MAIL.other!)}`;
}

const URL_VARIANTS: Array<(domain: string) => string> = [
  (d) => `https://www.${d}/`,
  (d) => `http://${d}`,
  (d) => `www.${d}`,
  (d) => `https://${d}/en/contact`,
  (d) => d.toUpperCase(),
  (d) => `HTTPS://WWW.${d.toUpperCase()}`,
  (d) => `${d}:8443`,
  (d) => `https://${d}:8080/portal/login`,
  (d) => `${d}.`,
  (d) => `https://www.${d}./`,
  (d) => `https://${d}/?utm_source=partner`,
  (d) => `//${d}/about-us`,
  (d) => ` ${d} `,
];

/** A case, punctuation or spacing change someone retyping the name makes. */
function casePunctuationVariant(c: Company): string | null {
  const variants: Array<() => string | null> = [
    () => written(c).toUpperCase(),
    () => written(c).toLowerCase(),
    () =>
      c.name.includes(' ') && !c.name.includes('&')
        ? withForm(c.name.replaceAll(' ', '-'), ownForm(c))
        : null,
    () => (/['.]/.test(c.name) ? withForm(c.name.replace(/['.]/g, ''), ownForm(c)) : null),
    () => (/^\{\} [^(]/.test(ownForm(c)) ? withForm(c.name, ownForm(c).replace('{} ', '{}, ')) : null),
    () => (ownForm(c).startsWith('{}, ') ? withForm(c.name, ownForm(c).replace('{}, ', '{} ')) : null),
    () => ` ${written(c).replaceAll(' ', '  ')} `,
  ];
  for (const variant of shuffled(variants)) {
    const name = variant();
    if (name !== null && name !== written(c)) return name;
  }
  return null;
}

/** One typo the rules tolerate, in a word of 7+ letters: swapped, dropped or doubled letter, or a neighbouring key. */
function longWordTypo(name: string): string | null {
  const parts = name.split(' ');
  const eligible = parts.flatMap((word, i) => (isAsciiWord(word) && word.length >= 7 ? [i] : []));
  if (eligible.length === 0) return null;
  const at = pick(eligible);
  const word = parts[at]!;
  const lower = word.toLowerCase();
  const kind = pick(['swap', 'drop', 'double', 'key'] as const);
  let typo: string;
  if (kind === 'swap') {
    const p = 2 + Math.floor(random() * (word.length - 4));
    if (lower[p] === lower[p + 1]) return null;
    typo = word.slice(0, p) + word[p + 1] + word[p] + word.slice(p + 2);
  } else if (kind === 'drop') {
    const p = 2 + Math.floor(random() * (word.length - 3));
    typo = word.slice(0, p) + word.slice(p + 1);
  } else if (kind === 'double') {
    const p = 2 + Math.floor(random() * (word.length - 3));
    typo = word.slice(0, p + 1) + word[p] + word.slice(p + 1);
  } else {
    const p = 3 + Math.floor(random() * (word.length - 4));
    const neighbours = KEYBOARD[lower[p]!];
    if (!neighbours) return null;
    typo = word.slice(0, p) + pick([...neighbours]) + word.slice(p + 1);
  }
  parts[at] = typo;
  return parts.join(' ');
}

/** A neighbouring-key typo the rules refuse: in a word of 4 to 6 letters, or among the first letters of a longer one. */
function refusedTypo(name: string): string | null {
  const parts = name.split(' ');
  const short = parts.flatMap((word, i) =>
    isAsciiWord(word) && word.length >= 4 && word.length <= 6 ? [i] : [],
  );
  const long = parts.flatMap((word, i) => (isAsciiWord(word) && word.length >= 7 ? [i] : []));
  const at = short.length > 0 ? pick(short) : long.length > 0 ? pick(long) : null;
  if (at === null) return null;
  const word = parts[at]!;
  const p = word.length <= 6 ? 1 + Math.floor(random() * (word.length - 1)) : 1 + Math.floor(random() * 2);
  const neighbours = KEYBOARD[word[p]!.toLowerCase()];
  if (!neighbours) return null;
  parts[at] = word.slice(0, p) + pick([...neighbours]) + word.slice(p + 1);
  return parts.join(' ');
}

/** The trade word in the other number: "Analytics" → "Analytic", "Supply" → "Supplies". English names only. */
function pluralVariant(c: Company): string | null {
  if (c.language !== 'en') return null;
  const parts = words(c.name);
  const word = parts.at(-1)!;
  if (!isAsciiWord(word) || word.length < 5) return null;
  let other: string;
  if (/[^aeiou]ies$/.test(word)) other = `${word.slice(0, -3)}y`;
  else if (/[^sui]s$/.test(word)) other = word.slice(0, -1);
  else if (/[^aeiou]y$/.test(word)) other = `${word.slice(0, -1)}ies`;
  else return null;
  return [...parts.slice(0, -1), other].join(' ');
}

/** Another company sharing all but the trade word: "Kestrel Analytics" → "Kestrel Plumbing". */
function namesake(c: Company): string | null {
  const parts = words(c.name);
  if (parts.length < 2) return null;
  const at = tradeFirst(c) ? 0 : parts.length - 1;
  const replaced = slug(parts[at]!);
  const trades = (TRADES[c.language] ?? TRADES.en!).filter(
    (trade) => slug(trade).slice(0, 3) !== replaced.slice(0, 3) && !slug(c.name).includes(slug(trade)),
  );
  parts[at] = pick(trades);
  return parts.join(' ');
}

function sideWith(name: string, c: Company, site: 'none' | 'domain' | 'email' | 'free'): Side {
  if (site === 'domain') return { name, domain: c.domain };
  if (site === 'email') return { name, email: `${pick(ROLE_MAILBOXES)}@${c.domain}` };
  if (site === 'free') return { name, email: freeMail(c.country, c.latin ?? c.name) };
  return name;
}

/** A namesake's own website: its name under the company's domain suffix. */
function ownDomain(name: string, c: Company): string {
  return `${slug(name).slice(0, 30)}.${suffixOf(c.domain)}`;
}

const latinCompanies = COMPANIES.filter((c) => !c.script);
const scriptCompanies = COMPANIES.filter((c) => c.script);
const twice = <T>(items: readonly T[]) => [...items, ...items];

// ---------------------------------------------------------------------------------------------------------
// The same company

generate('same: legal form swapped', true, 50, latinCompanies, (c) => [
  sideWith(full(c), c, chance(0.3) ? 'domain' : 'none'),
  withForm(c.name, otherForm(c)),
]);

generate('same: legal form swapped, non-Latin script', true, 25, twice(scriptCompanies), (c) => [
  full(c),
  withForm(c.name, otherForm(c)),
]);

generate('same: case and punctuation', true, 30, COMPANIES, (c) => {
  const variant = casePunctuationVariant(c);
  return variant === null ? null : [written(c), variant];
});

generate(
  'same: leading "The" added or dropped',
  true,
  16,
  latinCompanies.filter((c) => ENGLISH_SPEAKING.has(c.country)),
  (c) =>
    c.name.startsWith('The ')
      ? [written(c), withForm(c.name.slice(4), anyForm(c))]
      : [written(c), chance(0.5) ? `The ${written(c)}` : withForm(`The ${c.name}`, anyForm(c))],
);

generate(
  'same: "&" written as a word or left out',
  true,
  20,
  [...latinCompanies, ...latinCompanies, ...latinCompanies].filter((c) => c.name.includes(' & ')),
  (c) => {
    const and = AND_WORD[c.language] ?? 'and';
    const variant = pick([` ${and} `, ' ', ' + ', ` ${and.toUpperCase()} `]);
    return [written(c), withForm(c.name.replace(' & ', variant), chance(0.5) ? ownForm(c) : anyForm(c))];
  },
);

generate(
  'same: accents and special letters left out',
  true,
  35,
  latinCompanies.filter((c) => ascii(c.name) !== c.name),
  (c) => [written(c), withForm(ascii(c.name), chance(0.5) ? ownForm(c) : anyForm(c))],
);

generate(
  'same: umlauts spelled out (ü → ue)',
  true,
  12,
  latinCompanies.filter((c) => c.language === 'de' && spellUmlauts(c.name) !== c.name),
  (c) => [written(c), withForm(spellUmlauts(c.name), anyForm(c))],
);

generate('same: one typo in a long word', true, 50, latinCompanies, (c) => {
  const typo = longWordTypo(c.name);
  return typo === null
    ? null
    : [sideWith(written(c), c, chance(0.3) ? 'domain' : 'none'), withForm(typo, anyForm(c))];
});

generate('same: typo in a short word or the first letters', true, 14, latinCompanies, (c) => {
  const typo = refusedTypo(c.name);
  return typo === null ? null : [written(c), withForm(typo, anyForm(c))];
});

generate('same: plural or singular', true, 28, latinCompanies, (c) => {
  const variant = pluralVariant(c);
  return variant === null ? null : [written(c), withForm(variant, anyForm(c))];
});

generate(
  'same: compound written as one word or two',
  true,
  30,
  twice(latinCompanies.filter((c) => c.spaced !== null)),
  (c) => {
    const spaced = c.spaced!;
    const variant = pick([spaced, spaced, spaced.replace(' ', '-'), spaced.toUpperCase()]);
    return [sideWith(written(c), c, chance(0.2) ? 'domain' : 'none'), withForm(variant, anyForm(c))];
  },
);

generate('same: website written differently', true, 35, COMPANIES, (c) => [
  { name: written(c), domain: c.domain },
  { name: pick([written(c), withForm(c.name, otherForm(c)), c.name]), domain: pick(URL_VARIANTS)(c.domain) },
]);

generate('same: regional office on a subdomain or path', true, 22, latinCompanies, (c) => {
  const region = pick(REGIONS);
  const site = pick([
    { domain: `https://${region.site}.${c.domain}/` },
    { domain: `${c.domain}/${region.site}` },
    { email: `partners@${region.site}.${c.domain}` },
  ]);
  return [
    { name: written(c), domain: c.domain },
    { name: `${c.name} ${region.word}`, ...site },
  ];
});

generate('same: contact email at the company domain', true, 28, COMPANIES, (c) => {
  const mailbox = pick(ROLE_MAILBOXES);
  const email = pick([
    `${mailbox}@${c.domain}`,
    `${mailbox}@mail.${c.domain}`,
    `Procurement <procurement@${c.domain}>`,
    `${mailbox.toUpperCase()}@${c.domain.toUpperCase()}`,
  ]);
  const name = pick([c.name, withForm(c.name, otherForm(c)), c.latin ?? written(c)]);
  return [sideWith(written(c), c, chance(0.7) ? 'domain' : 'email'), { name, email }];
});

generate(
  'same: internationalized domain, Unicode and punycode',
  true,
  16,
  twice(COMPANIES.filter((c) => domainToASCII(c.domain) !== c.domain)),
  (c) => {
    const punycode = domainToASCII(c.domain);
    return pick([
      (): [Side, Side] => [
        { name: written(c), domain: c.domain },
        { name: c.name, domain: `https://www.${punycode}/` },
      ],
      (): [Side, Side] => [
        { name: written(c), domain: punycode },
        { name: ascii(c.name), email: `info@${c.domain}` },
      ],
      (): [Side, Side] => [
        { name: written(c), email: `${pick(ROLE_MAILBOXES)}@${punycode}` },
        { name: withForm(c.name, otherForm(c)), domain: `www.${c.domain}` },
      ],
    ])();
  },
);

generate('same: same name on another country domain', true, 18, latinCompanies, (c) => {
  const suffix = pick(OTHER_SUFFIXES.filter((s) => s !== suffixOf(c.domain)));
  const forms = FORMS[SUFFIX_FORMS[suffix] ?? 'us']!;
  return [
    { name: written(c), domain: c.domain },
    { name: withForm(c.name, pick(forms)), domain: `${firstLabel(c.domain)}.${suffix}` },
  ];
});

generate('same: different names, one registrable domain', true, 16, latinCompanies, (c) => {
  const parts = words(c.name);
  const initials = parts.map((word) => word[0]!.toUpperCase()).join('');
  const brand = tradeFirst(c) ? parts.slice(1).join(' ') : parts[0]!;
  const other = pick([initials, brand, `${brand} ${pick(REGIONS).word}`]);
  return [{ name: written(c), domain: c.domain }, sideWith(other, c, chance(0.5) ? 'email' : 'domain')];
});

generate(
  'same: transliterated name, shared domain',
  true,
  16,
  scriptCompanies.filter((c) => c.latin),
  (c) => [
    { name: written(c), domain: c.domain },
    sideWith(
      withForm(c.latin!, pick(FORMS[`${c.country}-latin`] ?? FORMS.us!)),
      c,
      chance(0.5) ? 'email' : 'domain',
    ),
  ],
);

generate(
  'same: transliterated name, no domain',
  true,
  8,
  scriptCompanies.filter((c) => c.latin),
  (c) => [written(c), withForm(c.latin!, pick(FORMS[`${c.country}-latin`] ?? FORMS.us!))],
);

generate('same: one side on free mail', true, 20, COMPANIES, (c) => {
  const free = pick([
    { email: freeMail(c.country, c.latin ?? c.name) },
    { domain: pick(['gmail.com', 'outlook.com', 'hotmail.com']) },
  ]);
  return [
    { name: pick([c.name, withForm(c.name, anyForm(c))]), ...free },
    sideWith(written(c), c, chance(0.5) ? 'domain' : 'email'),
  ];
});

generate('same: several variants combined', true, 25, latinCompanies, (c) => {
  let name = c.name;
  const changes = shuffled([
    () => longWordTypo(name),
    () => (ascii(name) !== name ? ascii(name) : null),
    () => (c.language === 'en' && !name.startsWith('The ') ? `The ${name}` : null),
    () => (name.includes(' & ') ? name.replace(' & ', ` ${AND_WORD[c.language] ?? 'and'} `) : null),
    () => (name === c.name ? c.spaced : null),
  ]);
  let applied = 0;
  for (const change of changes) {
    const changed = change();
    if (changed !== null && applied < 2) {
      name = changed;
      applied++;
    }
  }
  if (applied === 0) return null;
  const variant = withForm(name, anyForm(c));
  return [
    sideWith(written(c), c, chance(0.4) ? 'domain' : 'none'),
    chance(0.5) ? variant.toUpperCase() : variant,
  ];
});

for (const [a, b] of [
  [
    { name: 'Wrenfield Knitwear', domain: 'wrenfield-knits.myshopify.com' },
    { name: 'Wrenfield Knits', domain: 'https://wrenfield-knits.myshopify.com/products/fisherman-jumper' },
  ],
  [
    { name: 'Tidepool Studio', domain: 'tidepool.github.io' },
    { name: 'Tidepool Design Studio', domain: 'https://tidepool.github.io/portfolio/' },
  ],
  [
    { name: 'Lumen Yoga', domain: 'lumenyoga.wixsite.com/home' },
    { name: 'Lumen Yoga & Pilates', domain: 'https://lumenyoga.wixsite.com/classes' },
  ],
  [
    { name: 'Briar Patch Bakery', domain: 'briarpatch.blogspot.com' },
    { name: 'The Briar Patch', domain: 'http://briarpatch.blogspot.com/2023/10/' },
  ],
] as const) {
  add('same: site on a shared hosting domain', true, [a, b]);
}

// ---------------------------------------------------------------------------------------------------------
// Different companies

generate('different: namesake in another trade', false, 130, latinCompanies, (c) => {
  const other = namesake(c);
  if (other === null) return null;
  const site = pick(['none', 'none', 'domain', 'free'] as const);
  const otherSide: Side =
    site === 'domain' && chance(0.5)
      ? { name: withForm(other, anyForm(c)), domain: ownDomain(other, c) }
      : withForm(other, anyForm(c));
  return [sideWith(written(c), c, site), otherSide];
});

const STOP_WORDS = new Set(['del', 'der', 'van', 'von', 'and', 'the', 'des', 'dos', 'sur', 'norte']);
const nameWords = (c: Company) =>
  new Set(words(ascii(c.name).toLowerCase()).filter((word) => word.length >= 4 && !STOP_WORDS.has(word)));
const sharing: Array<[Company, Company]> = [];
const unrelated: Array<[Company, Company]> = [];
for (const [i, c] of latinCompanies.entries()) {
  const own = nameWords(c);
  for (const d of latinCompanies.slice(i + 1)) {
    if ([...nameWords(d)].some((word) => own.has(word))) sharing.push([c, d]);
    else unrelated.push([c, d]);
  }
}

generate('different: a word in common', false, 80, sharing, ([c, d]) => {
  const site = pick(['none', 'none', 'domain', 'email'] as const);
  return [sideWith(written(c), c, site), sideWith(withForm(d.name, anyForm(d)), d, pick(['none', site]))];
});

generate('different: nothing in common', false, 70, unrelated, ([c, d]) => [
  sideWith(written(c), c, pick(['none', 'domain', 'email'])),
  sideWith(full(d), d, pick(['none', 'domain', 'email'])),
]);

generate('different: similar names on two company websites', false, 35, latinCompanies, (c) => {
  // Another firm's own name and website: the other number of the trade word, or the compound split.
  const variant = pick([() => pluralVariant(c), () => c.spaced])();
  if (variant === null) return null;
  const domain = `${words(ascii(variant).toLowerCase()).join('-')}.${pick(['com', 'net', 'io', 'co', suffixOf(c.domain)])}`;
  if (domainToASCII(domain) === domainToASCII(c.domain)) return null;
  return [
    { name: written(c), domain: c.domain },
    { name: withForm(variant, anyForm(c)), ...(chance(0.5) ? { domain } : { email: `sales@${domain}` }) },
  ];
});

generate('different: another name in the same trade', false, 60, latinCompanies, (c) => {
  // The distinctive word of another company of the same language: "Kestrel Analytics" / "Harrowgate Analytics".
  const parts = words(c.name);
  if (parts.length < 2) return null;
  const at = tradeFirst(c) ? 1 : 0;
  const donor = pick(latinCompanies.filter((d) => d !== c && d.language === c.language));
  const word = words(donor.name)[tradeFirst(donor) ? 1 : 0]!;
  if (slug(word).slice(0, 3) === slug(parts[at]!).slice(0, 3)) return null;
  parts[at] = word;
  const other = parts.join(' ');
  return [sideWith(written(c), c, pick(['none', 'none', 'domain', 'email'])), withForm(other, anyForm(c))];
});

generate('different: extra word, another legal entity by name', false, 95, latinCompanies, (c) => {
  const extra = pick(EXTRA_WORDS.filter((word) => !c.name.includes(word)));
  const name = chance(0.5) ? `${c.name} ${extra}` : withForm(`${c.name} ${extra}`, anyForm(c));
  const site = pick(['none', 'none', 'a-domain', 'both-domains'] as const);
  if (site === 'none') return [written(c), name];
  if (site === 'a-domain') return [{ name: written(c), domain: c.domain }, name];
  return [
    { name: written(c), domain: c.domain },
    { name, domain: `${firstLabel(c.domain)}-${slug(extra)}.${suffixOf(c.domain)}` },
  ];
});

generate('different: both on free mail', false, 40, unrelated, ([c, d]) => {
  if (chance(0.3)) {
    const provider = pick(['gmail.com', 'outlook.com', 'yahoo.com']);
    return [
      { name: written(c), domain: provider },
      { name: full(d), domain: provider },
    ];
  }
  return [sideWith(written(c), c, 'free'), sideWith(full(d), d, 'free')];
});

generate('different: both on free mail', false, 20, latinCompanies, (c) => {
  const other = namesake(c);
  return other === null
    ? null
    : [sideWith(written(c), c, 'free'), { name: other, email: freeMail(c.country, other) }];
});

const WEB_SUFFIX: Record<string, string> = {
  us: 'com',
  uk: 'co.uk',
  ie: 'ie',
  au: 'com.au',
  nz: 'co.nz',
  de: 'de',
  at: 'at',
  it: 'it',
  pt: 'pt',
  pl: 'pl',
  se: 'se',
  no: 'no',
  dk: 'dk',
  fi: 'fi',
  tr: 'com.tr',
  es: 'es',
  'jp-latin': 'jp',
};

/**
 * Two different companies whose names are near each other, each side written with a legal form of the
 * country; some with one company's website, some with both on free mail.
 */
function nearNames(kind: string, rows: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [x, y, country] of rows) {
    const forms = FORMS[country]!;
    const [a, b] = [withForm(x, pick(forms)), withForm(y, pick(forms))];
    const how = pick(['names', 'names', 'names', 'website', 'free mail'] as const);
    if (how === 'website')
      add(kind, false, [{ name: a, domain: `${slug(x)}.${WEB_SUFFIX[country] ?? 'com'}` }, b]);
    else if (how === 'free mail') {
      add(kind, false, [
        { name: a, email: freeMail(country, x) },
        { name: b, email: freeMail(country, y) },
      ]);
    } else add(kind, false, [a, b]);
  }
}

// The rules refuse these on purpose: the first letter differs, a word is shorter than 5 letters, a changed
// letter in a word of 5–6 letters, among the first three letters or the last one, or a "sen" / "son" ending.
nearNames('different: one letter apart where the rules refuse', [
  ['Marlow Freight', 'Barlow Freight', 'us'],
  ['Hartley Orchards', 'Bartley Orchards', 'us'],
  ['Dalton Coachworks', 'Walton Coachworks', 'uk'],
  ['Kessler Haustechnik', 'Hessler Haustechnik', 'de'],
  ['Hawkins Roofing', 'Dawkins Roofing', 'us'],
  ['Mayfield Dairy', 'Hayfield Dairy', 'uk'],
  ['Ransom Media', 'Hansom Media', 'uk'],
  ['Lockwood Surveyors', 'Rockwood Surveyors', 'uk'],
  ['Tilson Paints', 'Wilson Paints', 'au'],
  ['Carlsson Måleri', 'Karlsson Måleri', 'se'],
  ['Moretti Costruzioni', 'Loretti Costruzioni', 'it'],
  ['Nova Textiles', 'Nora Textiles', 'us'],
  ['Lumo Design', 'Lumi Design', 'fi'],
  ['Arka Media', 'Arko Media', 'pl'],
  ['Vela Partners', 'Vera Partners', 'es'],
  ['Kiro Labs', 'Kira Labs', 'us'],
  ['Zeno Capital', 'Zeta Capital', 'uk'],
  ['Orla Foods', 'Orba Foods', 'ie'],
  ['Brio Kitchens', 'Bria Kitchens', 'au'],
  ['Arvo Timber', 'Arvi Timber', 'fi'],
  ['Sora Travel', 'Soma Travel', 'jp-latin'],
  ['Pixa Studio', 'Pika Studio', 'us'],
  ['Lino Bau', 'Lina Bau', 'de'],
  ['Halden Energi', 'Holden Energi', 'no'],
  ['Marten Bygg', 'Martin Bygg', 'se'],
  ['Corvel Systems', 'Corvex Systems', 'us'],
  ['Kanter Legal', 'Kantor Legal', 'us'],
  ['Dorian Wines', 'Dorion Wines', 'nz'],
  ['Nimbo Cloud', 'Nimba Cloud', 'us'],
  ['Ostrom Marine', 'Ostrum Marine', 'no'],
  ['Baran Tekstil', 'Boran Tekstil', 'tr'],
  ['Vasco Imports', 'Vasca Imports', 'pt'],
  ['Wendel Holz', 'Wandel Holz', 'at'],
  ['Bergholm Bygg', 'Borgholm Bygg', 'se'],
  ['Hallberg Konsult', 'Hellberg Konsult', 'se'],
  ['Sandberg Trä', 'Sundberg Trä', 'se'],
  ['Bachmann Elektro', 'Buchmann Elektro', 'de'],
  ['Lehmann Bau', 'Lohmann Bau', 'de'],
  ['Neumann Druck', 'Naumann Druck', 'de'],
  ['Norbert Marine', 'Norberg Marine', 'no'],
  ['Castellano Foods', 'Castellani Foods', 'us'],
  ['Marchetti Arredo', 'Marchetto Arredo', 'it'],
  ['Rossetti Ceramiche', 'Rossetto Ceramiche', 'it'],
  ['Bertolini Trasporti', 'Bertolino Trasporti', 'it'],
  ['Kowalski Transport', 'Kowalska Transport', 'pl'],
  ['Nowicki Budownictwo', 'Nowicka Budownictwo', 'pl'],
  ['Andersen Bygg', 'Anderson Bygg', 'no'],
  ['Mortensen Transport', 'Mortenson Transport', 'dk'],
  ['Nielsen Elektro', 'Nielson Elektro', 'dk'],
  ['Gunnarsen Fisk', 'Gunnarson Fisk', 'no'],
  ['Christensen Marine', 'Christenson Marine', 'us'],
  ['Jacobsen Rør', 'Jacobson Rør', 'no'],
]);

// Both words are common business words: a one-letter difference names another trade, not a typo.
nearNames('different: two business words one letter apart', [
  ['Harbor Tools', 'Harbor Pools', 'us'],
  ['Westbrook Printing', 'Westbrook Painting', 'uk'],
  ['Northgate Hotels', 'Northgate Hostels', 'uk'],
  ['Ridgeway Marine', 'Ridgeway Marina', 'us'],
  ['Oakfield Dental', 'Oakfield Rental', 'us'],
  ['Lakeside Farm', 'Lakeside Firm', 'us'],
  ['Halcyon Lighting', 'Halcyon Lightning', 'uk'],
  ['Pinewood Mill', 'Pinewood Mall', 'us'],
  ['Redstone Cable', 'Redstone Table', 'us'],
  ['Granite Wool', 'Granite Wood', 'nz'],
  ['Atlas Coat', 'Atlas Coast', 'us'],
  ['Meridian Trust', 'Meridian Truss', 'au'],
  ['Vantage Bank', 'Vantage Band', 'us'],
  ['Sterling Metal', 'Sterling Medal', 'uk'],
  ['Evergreen Planters', 'Evergreen Planners', 'us'],
  ['Pioneer Store', 'Pioneer Story', 'us'],
  ['Riverside Counsel', 'Riverside Council', 'uk'],
  ['Velocity Print', 'Velocity Sprint', 'us'],
  ['Cascade Core', 'Cascade Cure', 'us'],
]);

// Two real surnames one edit apart inside a long word: the typo tolerance accepts these, a known cost of it.
nearNames('different: two surnames one letter apart in a long word', [
  ['Hoffmann Logistik', 'Hofmann Logistik', 'de'],
  ['Gardner Supply', 'Garner Supply', 'us'],
  ['Steinhauer Bau', 'Steinhauser Bau', 'de'],
  ['Brandstätter Holzbau', 'Brandstetter Holzbau', 'at'],
]);

const group = (kind: string, same: boolean, pairs: ReadonlyArray<readonly [Side, Side]>) => {
  for (const [a, b] of pairs) add(kind, same, [a, b]);
};

// Made of generic words only: nothing says the two are one company.
group('different: generic names only', false, [
  ['Holdings Ltd', 'Holdings Inc.'],
  ['Global GmbH', 'Global AG'],
  ['Solutions LLC', 'Solutions Inc'],
  ['Consulting', 'Consulting Ltd'],
  ['Ventures LLC', 'Ventures Inc.'],
  ['Trading Co.', 'Trading LLC'],
  ['International Inc', 'International Ltd'],
  ['Enterprises', 'Enterprises Pty Ltd'],
  ['Services GmbH', 'Services Ltd'],
  ['Partners LLP', 'Partners'],
  ['Industries', 'Industries Inc.'],
  ['The Group', 'Group AG'],
  ['Company Limited', 'Co., Ltd.'],
  ['Corporation', 'The Corporation'],
  ['Global Holdings Ltd', 'Global Holdings Inc'],
  ['International Trading LLC', 'International Trading Co.'],
  ['Global Solutions Group', 'Global Solutions Group Inc'],
  ['General Services Ltd', 'General Services'],
  ['United Enterprises', 'United Enterprises LLC'],
  ['National Holdings Corp', 'National Holdings'],
  ['Asia Pacific Trading Pte Ltd', 'Asia Pacific Trading'],
  ['Global Services', 'Global Service'],
]);

group('different: same words in another order', false, [
  ['Ocean Pacific Freight', 'Pacific Ocean Freight'],
  ['Stone Ridge Capital LLC', 'Ridge Stone Capital LLC'],
  ['Bay West Marine', 'West Bay Marine Inc.'],
  ['Hill Crest Dental', 'Crest Hill Dental'],
  ['Lake Forest Builders', 'Forest Lake Builders'],
  ['Green Valley Farms Ltd', 'Valley Green Farms Ltd'],
  ['Point Pleasant Marina', 'Pleasant Point Marina'],
  ['Rock Spring Water Co.', 'Spring Rock Water Co.'],
  ['Grove Park Veterinary', 'Park Grove Veterinary'],
  ['Sun Valley Solar', 'Valley Sun Solar'],
]);

group('different: numbers differ', false, [
  ['Route 9 Motors', 'Route 6 Motors'],
  ['Pier 7 Seafood', 'Pier 17 Seafood'],
  ['Studio 12 Design', 'Studio 21 Design'],
  ['Gate 5 Logistics', 'Gate 6 Logistics'],
  ['Highway 101 Diner', 'Highway 110 Diner'],
  ['Unit 4 Fitness', 'Unit 8 Fitness'],
  ['Dock 3 Brewing', 'Dock 8 Brewing'],
  ['Block 40 Apartments', 'Block 14 Apartments'],
]);

group('different: non-Latin names sharing words or characters', false, [
  ['北辰精機株式会社', '北辰物産株式会社'],
  ['株式会社青葉製薬', '青葉建設株式会社'],
  ['瀬戸内造船', '瀬戸内海運'],
  ['富士見食品株式会社', '富士見電機'],
  ['北海水産', '北海道水産'],
  ['みなと物流', 'みなと運輸'],
  ['北辰精機', '北辰精機販売'],
  ['주식회사 한결소프트', '한결건설 주식회사'],
  ['푸른바다수산', '푸른바다식품'],
  ['동해조선', '동해조선해양'],
  ['㈜청솔식품', '청솔제약'],
  ['새벽별전자', '새벽별전기'],
  ['华岳电子有限公司', '华岳电器有限公司'],
  ['长风物流', '长风快递'],
  ['金桥建材', '金桥建设'],
  ['星河软件有限公司', '星河网络科技有限公司'],
  ['玉山精密股份有限公司', '玉山光電股份有限公司'],
  ['ООО «Северный Ветер»', 'ООО «Северный Путь»'],
  ['АО «Уральские Самоцветы»', 'Уральские Самоцветы Плюс'],
  ['Сибирский Кедр', 'Сибирский Лес'],
  ['ООО «Байкал Технологии»', 'ООО «Байкал Логистик»'],
  ['ПАО «Ладожская Верфь»', 'Онежская Верфь'],
  ['Αιγαίο Ναυτιλιακή Α.Ε.', 'Αιγαίο Τουριστική Α.Ε.'],
  ['Κρητικό Ελαιόλαδο', 'Κρητικό Μέλι'],
  ['บริษัท สยามพัฒนา จำกัด', 'บริษัท สยามก่อสร้าง จำกัด'],
]);

group('different: sites on a shared hosting domain', false, [
  [
    { name: 'Kestrel Outdoor Gear', domain: 'kestrel-outdoor-gear.myshopify.com' },
    { name: 'Osprey Trail Supply', domain: 'https://osprey-trail.myshopify.com/collections/all' },
  ],
  [
    { name: 'Fernwood Candles', domain: 'fernwoodcandles.myshopify.com' },
    { name: 'Fernwood Candle Co', domain: 'fernwood-candle.myshopify.com' },
  ],
  [
    { name: 'Tidepool Studio', domain: 'tidepool.github.io' },
    { name: 'Driftwood Studio', domain: 'driftwood.github.io' },
  ],
  [
    { name: 'Lumen Yoga', domain: 'lumenyoga.wixsite.com/home' },
    { name: 'Solace Yoga', domain: 'https://solaceyoga.wixsite.com/studio' },
  ],
  [
    { name: 'Quill & Ink Bookbinding', domain: 'quillink.netlify.app' },
    { name: 'Quire Bookbinding', domain: 'quire.netlify.app' },
  ],
  [
    { name: 'Briar Patch Bakery', domain: 'briarpatch.blogspot.com' },
    { name: 'Bramble Bakery', domain: 'bramblebakery.blogspot.com' },
  ],
  [
    { name: 'Cobalt Ridge Apps', domain: 'cobaltridge.vercel.app' },
    { name: 'Cobalt Reef Apps', domain: 'cobaltreef.vercel.app' },
  ],
  [
    { name: 'Northwind Analytics Demo', domain: 'nw-analytics.herokuapp.com' },
    { name: 'Southwind Analytics', domain: 'southwind.herokuapp.com' },
  ],
]);

/** The pairs generated here, without the hand-labelled ones. */
export const GENERATED_PAIRS: readonly LabelledPair[] = generated;

/** The whole evaluation set: the hand-labelled pairs of company-pairs.ts, then the generated ones. */
export const EVALUATION_PAIRS: readonly LabelledPair[] = [...companyPairs, ...generated];
