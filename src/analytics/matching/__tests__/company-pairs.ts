import type { CompanyDescriptor } from '../company-match.js';

/**
 * Labelled deal-registration pairs: would registering b conflict with an existing registration of a?
 * `same` is the truth as far as the two descriptions show it. Labelling choices, applied throughout:
 * - a subsidiary or division counts as the same company when it shares the registrable domain; by name
 *   alone an extra word ("Oracle" / "Oracle Financial Services", "Acme" / "Acme Holdings") is another
 *   legal entity and not a conflict;
 * - the same words in another order are another company ("Air China" / "China Air");
 * - near-identical names on two different company websites are two firms ("Acme Tool" / "Acme Tools");
 * - names of fewer than 3 characters, or of a generic word only, are no evidence by themselves.
 * Names are well known or invented; email addresses are invented role or placeholder mailboxes.
 */
export interface LabelledPair {
  a: CompanyDescriptor;
  b: CompanyDescriptor;
  same: boolean;
  kind: string;
}

type Side = string | CompanyDescriptor;
type RawPair = [Side, Side];

const side = (value: Side): CompanyDescriptor => (typeof value === 'string' ? { name: value } : value);

function group(kind: string, same: boolean, pairs: RawPair[]): LabelledPair[] {
  return pairs.map(([a, b]) => ({ a: side(a), b: side(b), same, kind }));
}

export const companyPairs: LabelledPair[] = [
  ...group('legal suffix: English-speaking forms', true, [
    ['Acme Widgets Inc.', 'Acme Widgets LLC'],
    ['Brightline Analytics Ltd', 'Brightline Analytics Limited'],
    ['Cobalt Systems plc', 'Cobalt Systems Ltd.'],
    ['Harrow & Finch LLP', 'Harrow & Finch'],
    ['Tata Consultancy Services Ltd', 'Tata Consultancy Services Limited'],
    ['Infosys Pvt. Ltd.', 'Infosys'],
    ['Petronas Sdn. Bhd.', 'PETRONAS'],
    ['Quarry Lane Capital LP', 'Quarry Lane Capital, L.P.'],
    ['Kestrel Foods Pty Ltd', 'Kestrel Foods Corporation'],
    ['Lumen Harbor Co., Ltd.', 'Lumen Harbor Company'],
    ['Juniper Ridge Incorporated', 'Juniper Ridge Corp'],
  ]),
  ...group('legal suffix: European forms', true, [
    ['Nordwind Logistik GmbH', 'Nordwind Logistik'],
    ['Bäckerei Huber GmbH & Co. KG', 'Bäckerei Huber'],
    ['Zentralbau AG & Co. KGaA', 'Zentralbau AG'],
    ['Carrefour S.A.', 'Carrefour'],
    ['Ferrero S.p.A.', 'Ferrero SpA'],
    ['Inditex, S.A.', 'INDITEX'],
    ['Heineken N.V.', 'Heineken'],
    ['Philips B.V.', 'Philips NV'],
    ['Nokia Oyj', 'Nokia Corporation'],
    ['Novo Nordisk A/S', 'Novo Nordisk'],
    ['Equinor ASA', 'Equinor'],
    ['Ørsted A/S', 'Orsted'],
    ['Richter Gedeon Kft.', 'Richter Gedeon'],
    ['Comarch Sp. z o.o.', 'Comarch S.A.'],
    ['Škoda Auto a.s.', 'Skoda Auto'],
    ['Gorenje d.o.o.', 'Gorenje'],
    ['Koç Holding A.Ş.', 'Koc Holding'],
    ['Valmont Bureautique SARL', 'Valmont Bureautique S.à r.l.'],
    ['Ibérica de Envases S.L.', 'Iberica de Envases'],
    ['Sörmland Trä AB', 'Sormland Tra'],
  ]),
  ...group('legal suffix: other regions', true, [
    ['Grupo Bimbo, S.A. de C.V.', 'Grupo Bimbo'],
    ['Natura Cosméticos Ltda.', 'Natura Cosmeticos S.A.'],
    ['Toyota Motor K.K.', 'Toyota Motor Corporation'],
    ['Andes Mineração Ltda', 'Andes Mineracao'],
    ['PT Telkom Indonesia Tbk', 'Telkom Indonesia'],
    ['Cemex, S.A.B. de C.V.', 'CEMEX'],
  ]),
  ...group('name variant: case and punctuation', true, [
    ['ACME-WIDGETS, INC.', 'Acme Widgets'],
    ["O'Reilly Media", 'OReilly Media, Inc.'],
    ['Wal-Mart Stores', 'Walmart Stores Inc'],
    ['E.ON SE', 'EON'],
    ['7-Eleven, Inc.', '7 Eleven'],
    ['7Eleven', '7-Eleven'],
    ['Coca-Cola Company', 'The Coca Cola Co.'],
    ['Rolls-Royce plc', 'Rolls Royce'],
    ['Hewlett-Packard', 'Hewlett Packard'],
    ['Amazon.com, Inc.', 'Amazon'],
    ['Booking.com B.V.', 'Booking'],
    ['Route 66 Diner LLC', 'ROUTE 66 DINER'],
  ]),
  ...group('name variant: leading "The"', true, [
    ['The Home Depot', 'Home Depot Inc.'],
    ['The Boring Company', 'Boring Co'],
    ['The Kraft Heinz Company', 'Kraft Heinz'],
    ['The Walt Disney Company', 'Walt Disney Co.'],
  ]),
  ...group('name variant: ampersand, "and", possessive', true, [
    ['Procter & Gamble', 'Procter and Gamble Co.'],
    ['Procter & Gamble', 'Procter Gamble'],
    ['Johnson & Johnson', 'Johnson and Johnson'],
    ['Marks & Spencer', 'Marks Spencer'],
    ['Barnes & Noble, Inc.', 'Barnes and Noble'],
    ['AT&T Inc.', 'ATT'],
    ['Müller & Söhne GmbH', 'Müller und Söhne'],
    ["McDonald's Corporation", 'McDonalds'],
    ["Macy's, Inc.", 'Macys'],
    ["Kellogg's", 'Kellogg Company'],
  ]),
  ...group('name variant: accents and special letters', true, [
    ['Société Générale', 'Societe Generale SA'],
    ['Nestlé S.A.', 'NESTLE'],
    ['Hermès International', 'Hermes International'],
    ['Citroën', 'Citroen'],
    ['Łódź Logistics', 'Lodz Logistics'],
    ['Ærø Shipping ApS', 'Aero Shipping'],
    ['Straße Bau GmbH', 'Strasse Bau'],
    ['Café Núñez', 'Cafe Nunez'],
  ]),
  ...group('name variant: non-Latin scripts', true, [
    ['トヨタ自動車株式会社', 'トヨタ自動車'],
    ['株式会社ソニー', 'ソニー株式会社'],
    ['㈱ドコモ', 'ドコモ'],
    ['ООО «Ромашка»', 'Ромашка'],
    ['ПАО Газпром', 'ГАЗПРОМ'],
    ['ΟΤΕ Α.Ε.', 'ΟΤΕ'],
    ['삼성전자 주식회사', '삼성전자'],
    ['(주)한빛소프트', '한빛소프트'],
    ['华为技术有限公司', '华为技术'],
  ]),
  ...group('spacing variant', true, [
    ['Micro Soft', 'Microsoft Corporation'],
    ['Delta Air Lines', 'Delta Airlines'],
    ['Pay Pal', 'PayPal'],
    ['Drop Box, Inc.', 'Dropbox'],
    ['Blue Bird Logistics', 'Bluebird Logistics'],
    ['Sales Force', 'Salesforce.com, Inc.'],
    ['Linked In', 'LinkedIn Corporation'],
    ['Green Field Organics', 'Greenfield Organics'],
  ]),
  ...group('typo: single letter or transposition', true, [
    ['Accenture', 'Accentrue'],
    ['Schneider Electric', 'Schnieder Electric'],
    ['Deloitte', 'Deloite'],
    ['Pfizer', 'Pfzier'],
    ['Nokia', 'Nokai'],
    ['Ericsson', 'Ericson'],
    ['Unilever', 'Unilver'],
    ['Microsoft', 'Mircosoft'],
    ['Salesforce', 'Salesfroce'],
    ['Heineken', 'Heiniken'],
    ['Caterpillar', 'Caterpiller'],
    ['Mitsubishi Electric', 'Mitsubshi Electric'],
    ['Volkswagen', 'Volkswagon'],
    ['Rheinmetall', 'Rheinmetal'],
    ['Acme Foods', 'Acme Foosd'],
    ['Nordwind Logistik', 'Nordwind Logisitk'],
    ['Brightwater Analytics', 'Brightwater Analytcs'],
    ['Kronberg Maschinenbau', 'Kronberg Maschienenbau'],
    ['Telefonica', 'Telefonika'],
    ['Fujitsu', 'Fujitisu'],
    ['Qualcomm', 'Qualcom'],
    ['Lufthansa', 'Luftansa'],
    ['Goldman Sachs', 'Goldmann Sachs'],
    ['Morgan Stanley', 'Morgan Stanely'],
    ['Siemens', 'Siemnes'],
    ['Halliburton', 'Haliburton'],
  ]),
  ...group('typo: misspelt legal suffix', true, [
    ['Acme Corporaton', 'Acme'],
    ['Brightline Limted', 'Brightline Ltd'],
    ['Zephyr Compnay', 'Zephyr Co.'],
    ['Halvorsen Incorported', 'Halvorsen Inc'],
    ['Ostrava Steel Corp Limted', 'Ostrava Steel'],
  ]),
  ...group('plural variant', true, [
    ['Acme Tool', 'Acme Tools'],
    ['Summit Solution', 'Summit Solutions LLC'],
    ['Kinetic Systems', 'Kinetic System'],
    ['Harbor Properties', 'Harbor Property'],
  ]),
  ...group('domain: subdomains, paths and emails of one registrable domain', true, [
    [
      { name: 'Acme Robotics', domain: 'acme-robotics.com' },
      { name: 'Acme Robotics EMEA', domain: 'emea.acme-robotics.com' },
    ],
    [
      { name: 'Acme Robotics GmbH', domain: 'https://www.acme-robotics.com/de' },
      { name: 'Acme Robotics', email: 'partner-desk@emea.acme-robotics.com' },
    ],
    [
      { name: 'Oracle', domain: 'oracle.com' },
      { name: 'Oracle Financial Services', email: 'alliances@oracle.com' },
    ],
    [
      { name: 'Northwind Traders', domain: 'northwind-traders.com' },
      { name: 'Northwind', email: 'Purchasing <purchasing@northwind-traders.com>' },
    ],
    [
      { name: 'Zeta Health Inc', email: 'it@zetahealth.io' },
      { name: 'Zeta Healthcare', email: 'procurement@zetahealth.io' },
    ],
    [
      { name: 'Kestrel Shop', domain: 'https://shop.kestrel-outdoor.co.uk/' },
      { name: 'Kestrel Outdoor Ltd', domain: 'kestrel-outdoor.co.uk' },
    ],
    [
      { name: '3M Company', domain: '3m.com' },
      { name: '3 M', email: 'channel@3m.com' },
    ],
    [
      { name: 'Müller Bau', domain: 'müllerbau.de' },
      { name: 'Mueller Bau GmbH', email: 'info@xn--mllerbau-65a.de' },
    ],
    [
      { name: 'HP', domain: 'hp.com' },
      { name: 'HP Inc.', email: 'deals@hp.com' },
    ],
    [
      { name: 'Acme Anvils', domain: 'acme.github.io' },
      { name: 'Acme Anvil Works', domain: 'https://acme.github.io/catalog' },
    ],
    [
      { name: 'Facebook', domain: 'meta.com' },
      { name: 'Meta Platforms, Inc.', domain: 'www.meta.com' },
    ],
    [
      { name: 'Fjordline Ferries', domain: 'gmail.com', email: 'booking@fjordline.no' },
      { name: 'Fjord Line AS', domain: 'fjordline.no' },
    ],
  ]),
  ...group('domain: several domains, same name', true, [
    [
      { name: 'Acme Ltd', domain: 'acme.co.uk' },
      { name: 'Acme Inc', domain: 'acme.com' },
    ],
    [
      { name: 'Bosch', domain: 'bosch.de' },
      { name: 'BOSCH', domain: 'bosch.com' },
    ],
    [
      { name: 'Kestrel Outdoor', domain: 'kestrel-outdoor.myshopify.com' },
      { name: 'Kestrel Outdoor Ltd', domain: 'kestrel-outdoor.co.uk' },
    ],
    [
      { name: 'Société Générale', domain: 'societegenerale.com' },
      { name: 'Societe Generale SA', email: 'partners@sgcib.com' },
    ],
    [
      { name: 'Nordwind Logistik GmbH', domain: 'nordwind.de' },
      { name: 'Nordwind Logistik', domain: 'nordwind-logistics.com' },
    ],
  ]),
  ...group('free mail: same company, one free-mail contact', true, [
    [
      { name: 'Bright Plumbing LLC', email: 'brightplumbing.jobs@gmail.com' },
      { name: 'Bright Plumbing', domain: 'brightplumbing.com' },
    ],
    [
      { name: 'Zenith Roofing', email: 'zenith.roofing.office@outlook.com' },
      { name: 'Zenith Roofing Ltd', email: 'estimates@zenithroofing.co.uk' },
    ],
    [
      { name: 'Café Núñez', email: 'cafe.nunez@hotmail.com' },
      { name: 'Cafe Nunez S.L.', domain: 'cafenunez.es' },
    ],
    [
      { name: 'Halvorsen Marine AS', email: 'post.halvorsen@hotmail.com' },
      { name: 'Halvorsen Marine', email: 'salg@halvorsenmarine.no' },
    ],
    [
      { name: 'Greenleaf Landscaping', email: 'greenleaf.landscaping@gmail.com' },
      { name: 'Greenleaf Landscaping', email: 'greenleaf.quotes@gmail.com' },
    ],
    [
      { name: 'Kowalski Transport Sp. z o.o.', email: 'biuro.kowalski@wp.pl' },
      { name: 'Kowalski Transport', domain: 'gmail.com' },
    ],
    [
      { name: 'Pinecrest Dental', email: 'frontdesk.pinecrest@icloud.com' },
      { name: 'Pinecrest Dentl', domain: 'pinecrestdental.com' },
    ],
  ]),

  ...group('similar names, different companies', false, [
    ['Acme Foods', 'Acme Tools'],
    ['Acme Tools', 'Acme Pools'],
    ['Delta Airlines', 'Delta Dental'],
    ['General Motors', 'General Mills'],
    ['United Airlines', 'United Health Group'],
    ['United Airlines', 'United Health'],
    ['American Express', 'American Airlines'],
    ['Apple', 'Applied Materials'],
    ['Apple Inc.', 'Appleby'],
    ['Meta', 'Metro AG'],
    ['Intel', 'Intex'],
    ['Sony', 'Sonos'],
    ['Samsung', 'Samsonite'],
    ['Dell', 'Delta'],
    ['Ford Motor', 'Oxford Motor'],
    ['Acme Printing', 'Acme Painting'],
    ['Acme Lighting', 'Acme Lightning'],
    ['Summit Hotels', 'Summit Hostels'],
    ['Alpha Bank', 'Alpha Band'],
    ['Nordic Marine', 'Nordic Marina'],
    ['Harbor Freight', 'Harbor Flight'],
    ['Crest Dental', 'Crest Rental'],
    ['Pioneer Stores', 'Pioneer Stories'],
    ['Vertex Parts', 'Vertex Party'],
    ['Mills Group', 'Hills Group'],
    ['Zentex', 'Centex'],
    ['Bayer', 'Bauer'],
    ['Meyer Werft', 'Meier Werft'],
    ['Jensen Plumbing', 'Jansen Plumbing'],
    ['Petersen Consulting', 'Peterson Consulting'],
    ['Hansen Transport', 'Hanson Transport'],
    ['Becker Bau', 'Backer Bau'],
    ['Acme Limiter', 'Acme'],
    ['Nova Chemicals', 'Nova Medicals'],
    ['Atlas Copco', 'Atlas Cargo'],
    ['Sun Life', 'Sun Line'],
    ['Allianz', 'Alliant'],
    ['Canon', 'Conon'],
    ['Siemens', 'Simmons'],
    ['Kraft Foods', 'Kraft Goods'],
    ['Pacific Gas', 'Pacific Glass'],
    ['Citi Bank', 'City Bank'],
    ['Orion Health', 'Orion Wealth'],
    ['Blackstone', 'Blackrock'],
    ['Goldman Sachs', 'Goldman Partners'],
    ['Morgan Stanley', 'Morgan Stanley Dean'],
    ['Quantum Leap Labs', 'Quantum Leap Lab Supplies'],
    ['Silverline Media', 'Silverline Medic'],
    ['Evergreen Marine', 'Evergreen Marina'],
    ['Redwood Trust', 'Redwood Truss'],
  ]),
  ...group('extra or missing word: another legal entity by name alone', false, [
    ['Oracle', 'Oracle Financial Services'],
    ['Siemens', 'Siemens Energy'],
    ['Acme', 'Acme Foods'],
    ['Acme', 'Acme Holdings'],
    ['Toyota', 'Toyota Tsusho'],
    ['Toyota Motor', 'Toyota Motor Finance'],
    ['Samsung', 'Samsung Electronics'],
    ['Tata', 'Tata Steel'],
    ['Bank of America', 'Bank of America Merrill Lynch'],
    ['Allianz', 'Allianz Global Investors'],
    ['Acme USA', 'Acme'],
    ['Nordwind', 'Nordwind Logistik'],
    ['Apple', 'Apple Records'],
    ['Delta', 'Delta Airlines'],
    ['Ромашка', 'Ромашка Плюс'],
    ['トヨタ自動車', 'トヨタ紡織'],
    ['삼성전자', '삼성물산'],
    ['Acme Company', 'Acme Companies'],
  ]),
  ...group('word order: treated as different companies', false, [
    ['Air China', 'China Air'],
    ['Capital One', 'One Capital'],
    ['Bank Nordic', 'Nordic Bank'],
    ['Smith & Jones', 'Jones & Smith'],
    ['First National Bank', 'National First Bank'],
    ['Energy Solutions Group', 'Solutions Energy Group'],
  ]),
  ...group('spacing: different word breaks', false, [
    ['Now Here Media', 'No Where Media'],
    ['Car Pet Supplies', 'Carp Et Supplies'],
    ['Sun Set Travel', 'Suns Et Travel'],
  ]),
  ...group('numbers differ', false, [
    ['Acme 2000', 'Acme 2001'],
    ['Route 66 Diner', 'Route 67 Diner'],
    ['Studio 54', 'Studio 45'],
    ['Pier 39 Seafood', 'Pier 93 Seafood'],
    ['Acme 2', 'Acme 3'],
    ['Channel 4', 'Channel 5'],
  ]),
  ...group('free mail: different companies both on free mail', false, [
    [
      { name: 'Bright Plumbing', email: 'bright.plumbing@gmail.com' },
      { name: 'Zenith Roofing', email: 'zenith.roofing@gmail.com' },
    ],
    [
      { name: 'Oakridge Bakery', email: 'oakridge.orders@outlook.com' },
      { name: 'Maple Street Florist', email: 'maple.florist@outlook.com' },
    ],
    [
      { name: 'Kowalski Transport', email: 'kowalski.biuro@wp.pl' },
      { name: 'Nowak Budownictwo', email: 'nowak.biuro@wp.pl' },
    ],
    [
      { name: 'Sunrise Yoga', domain: 'gmail.com' },
      { name: 'Sunset Pilates', domain: 'gmail.com' },
    ],
    [
      { name: 'Rivera Landscaping', email: 'rivera.landscaping@yahoo.com' },
      { name: 'Rivera Legal', email: 'rivera.legal@yahoo.com' },
    ],
    [
      { name: 'Lindqvist Bygg', email: 'lindqvist.bygg@hotmail.com' },
      { name: 'Lundqvist Bygg', email: 'lundqvist.bygg@hotmail.com' },
    ],
    [
      { name: 'Blue Harbor Cafe', email: 'blueharbor@icloud.com' },
      { name: 'Blue Harbor Capital', email: 'bh.capital@icloud.com' },
    ],
    [
      { name: 'Müller Elektro', email: 'mueller.elektro@gmx.de' },
      { name: 'Möller Elektro', email: 'moeller.elektro@gmx.de' },
    ],
    [
      { name: 'Patel Pharmacy', email: 'patel.pharmacy@rediffmail.com' },
      { name: 'Patil Pharmacy', email: 'patil.pharmacy@rediffmail.com' },
    ],
    [
      { name: 'Golden Dragon Restaurant', email: 'goldendragon@qq.com' },
      { name: 'Golden Dragon Travel', email: 'gd.travel@qq.com' },
    ],
  ]),
  ...group('different domains: similar names are different firms', false, [
    [
      { name: 'Acme Tool', domain: 'acmetool.com' },
      { name: 'Acme Tools', domain: 'acme-tools.de' },
    ],
    [
      { name: 'Kronos Systems', domain: 'kronos-systems.com' },
      { name: 'Kronos System', domain: 'kronossystem.io' },
    ],
    [
      { name: 'Vantage Analytics', domain: 'vantage-analytics.com' },
      { name: 'Vantage Analytcs', domain: 'vantageanalytics.net' },
    ],
    [
      { name: 'Acme Foods Ltd', domain: 'acme.co.uk' },
      { name: 'Acme Fuels Inc', domain: 'acme.com' },
    ],
    [
      { name: 'Shop One', domain: 'shop-one.myshopify.com' },
      { name: 'Shop Two', domain: 'shop-two.myshopify.com' },
    ],
    [
      { name: 'Acme Anvils', domain: 'acme.github.io' },
      { name: 'Apex Anvils', domain: 'apex.github.io' },
    ],
    [
      { name: 'Micro Soft Solutions', domain: 'microsoftsolutions.in' },
      { name: 'Microsoft', domain: 'microsoft.com' },
    ],
    [
      { name: 'Delta Dental', domain: 'deltadental.com' },
      { name: 'Delta Air Lines', email: 'partners@delta.com' },
    ],
    [
      { name: 'Orbit Logistics', email: 'ops@orbit-logistics.com' },
      { name: 'Orbit Logistic', email: 'ops@orbitlogistic.pl' },
    ],
    [
      { name: 'Summit Solutions', domain: 'summitsolutions.com' },
      { name: 'Summit Solution', domain: 'summit-solution.co.za' },
    ],
    [
      { name: 'Heliotrope Design', domain: 'heliotrope.design' },
      { name: 'Heliotrop Design', domain: 'heliotrop.de' },
    ],
    [
      { name: 'Acme Corporaton', domain: 'acme-corp.net' },
      { name: 'Acme', domain: 'acme.com' },
    ],
    [
      { name: 'Apex', domain: '10.0.0.1', email: 'it@apex-industrial.com' },
      { name: 'Apex Industrial', domain: 'apexindustrial.com' },
    ],
  ]),
  ...group('short or generic name: no evidence by name alone', false, [
    ['AB Ltd', 'AB GmbH'],
    ['A1', 'A1 Ltd'],
    ['HP Inc', 'H.P. Ltd'],
    ['3M', '3 M Company'],
    ['XY', 'X Y'],
    ['The Company', 'Company Inc.'],
    ['Holding AG', 'Holding GmbH'],
    ['Group', 'Group Ltd'],
    ['Unknown', 'unknown'],
    ['TBD', 'tbd'],
    ['Global Ltd', 'Global Inc'],
    ['Solutions', 'Solutions LLC'],
    ['& Co.', 'and Company'],
    ['', ''],
    ['...', '---'],
  ]),
  ...group('completely different companies', false, [
    ['Acme Robotics', 'Northwind Traders'],
    ['Heineken', 'Carlsberg'],
    ['Nokia', 'Ericsson'],
    ['Pfizer', 'Moderna'],
    ['Société Générale', 'BNP Paribas'],
    ['トヨタ自動車', 'ホンダ'],
    ['Газпром', 'Роснефть'],
    ['Siemens', 'ABB'],
    ['Accenture', 'Capgemini'],
    ['Zenith Roofing', 'Zephyr Roofing'],
  ]),
];
