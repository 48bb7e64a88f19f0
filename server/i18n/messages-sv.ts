import type { Messages } from "./messages-en.js";

/** The server's sentences in Swedish, key for key as messages-en.ts. */
export const sv: Messages = {
  sectors: {
    research: "universitet eller forskningsorganisation",
    industry: "företag",
    public: "offentlig aktör",
    other: "stiftelse, nätverk eller annan organisation",
  },
  sectorsIndefinite: {
    research: "ett universitet eller en forskningsorganisation",
    industry: "ett företag",
    public: "en offentlig aktör",
    other: "en stiftelse, ett nätverk eller en annan organisation",
  },
  actions: {
    RIA: "en RIA",
    IA: "en IA",
    CSA: "en CSA",
    PCP: "en förkommersiell upphandling (PCP)",
    PPI: "en offentlig upphandling av innovativa lösningar (PPI)",
    COFUND: "en samfinansierad programinsats (cofund)",
    MSCA_DN: "ett MSCA-doktorandnätverk",
    MSCA_SE: "ett MSCA-personalutbyte",
    MSCA_PF: "ett MSCA-postdoktorsstipendium",
    MSCA_COFUND: "ett MSCA COFUND-program",
    EIC_PATHFINDER: "ett EIC Pathfinder Open-projekt",
    EIC_PATHFINDER_CHALLENGE: "ett EIC Pathfinder Challenge-projekt",
    EIC_TRANSITION: "ett EIC Transition-projekt",
    EIC_ACCELERATOR: "EIC Accelerator",
    PRIZE: "ett pris",
  },
  partners: {
    more_one: "{{count}} till",
    more_other: "{{count}} till",
    noConsortium: "Inget konsortium angavs, så detta ger inga poäng.",
    topicBestNone: "Har inte deltagit i något tidigare projekt som matchar ämnet.",
    topicBest:
      "Det tidigare projekt som ligger närmast ämnet, {{project}}, har relevansen {{relevance, decimal}} (1 = bästa möjliga träff).",
    topicRecordNone: "Har inga tidigare projekt inom ämnet.",
    topicRecord_one: "Har deltagit i {{count}} tidigare projekt som matchar ämnet: {{projects, and}}.",
    topicRecord_other: "Har deltagit i {{count}} tidigare projekt som matchar ämnet: {{projects, and}}.",
    callFamilyUnknown: "Ämnet anger ingen utlysningsfamilj, och inte heller projekten som matchar det.",
    callFamilyNone: "Har inte deltagit i något tidigare projekt i ämnets utlysningsfamilj ({{families, and}}).",
    callFamily_one:
      "Har deltagit i {{count}} tidigare projekt i ämnets utlysningsfamilj ({{families, and}}): {{projects, and}}.",
    callFamily_other:
      "Har deltagit i {{count}} tidigare projekt i ämnets utlysningsfamilj ({{families, and}}): {{projects, and}}.",
    consortiumWork_one: "Har redan arbetat med {{members, and}} i {{count}} tidigare projekt: {{projects, and}}.",
    consortiumWork_other: "Har redan arbetat med {{members, and}} i {{count}} tidigare projekt: {{projects, and}}.",
    statedTie: "En källa anger en koppling till {{member}}.",
    consortiumWorkNone: "Har inte arbetat med någon av konsortiets medlemmar i ett tidigare projekt.",
    tieStrength:
      "Samarbetenas styrka enligt Newman är {{strength, decimal}} (varje gemensamt projekt ger 1/(n−1), där n är antalet deltagare: små projekt ger starka band).",
    tieStrengthNone: "Inget gemensamt projekt, och därmed ingen styrka.",
    topicalWorkNone: "Har inte deltagit i något tidigare projekt som matchar ämnet tillsammans med någon medlem.",
    topicalWork_one:
      "Har deltagit i {{count}} tidigare projekt som matchar ämnet tillsammans med en medlem: {{projects, and}}.",
    topicalWork_other:
      "Har deltagit i {{count}} tidigare projekt som matchar ämnet tillsammans med en medlem: {{projects, and}}.",
    commonPartnersNone: "Har ingen partner gemensam med konsortiet.",
    commonPartners_one:
      "Har {{count}} partner gemensam med konsortiet ({{partners, and}}); partner med färre projekt väger tyngre (Adamic-Adar).",
    commonPartners_other:
      "Har {{count}} partner gemensamma med konsortiet ({{partners, and}}); partner med färre projekt väger tyngre (Adamic-Adar).",
    commonPartnersAndOthers_one:
      "Har {{count}} partner gemensam med konsortiet ({{partners, and}} med flera); partner med färre projekt väger tyngre (Adamic-Adar).",
    commonPartnersAndOthers_other:
      "Har {{count}} partner gemensamma med konsortiet ({{partners, and}} med flera); partner med färre projekt väger tyngre (Adamic-Adar).",
    recencyNone: "Har inget daterat tidigare projekt.",
    recency: "Det senaste tidigare projektet, {{project}}, startade {{start}}.",
    experienceNone: "Har inget tidigare EU-projekt i grafen.",
    experience_one: "Har deltagit i {{count}} EU-projekt i grafen före {{now}}.",
    experience_other: "Har deltagit i {{count}} EU-projekt i grafen före {{now}}.",
    coordinationNone: "Har inte samordnat något av dem.",
    coordination: "Har samordnat {{coordinations}} av dem.",
    earlierWorkNone: "Har inte deltagit i något Horizon 2020-projekt med någon av konsortiets medlemmar.",
    earlierWork_one:
      "Har deltagit med {{members, and}} i {{count}} Horizon 2020-projekt (CORDIS-post {{records, and}}); äldre och större projekt väger lättare.",
    earlierWork_other:
      "Har deltagit med {{members, and}} i {{count}} Horizon 2020-projekt (CORDIS-poster {{records, and}}); äldre och större projekt väger lättare.",
    newCountry: "Tillför ett stödberättigat land som konsortiet saknar ({{country}}).",
    newCountryNone: "Tillför inget stödberättigat land som konsortiet saknar.",
    newKind: "Tillför en sorts partner som konsortiet saknar ({{sector}}).",
    newKindNone: "Tillför ingen sorts partner som konsortiet saknar.",
  },
  reasons: {
    workedWith_one: "Har arbetat med {{members, and}} i {{count}} projekt, {{since}}: {{projects, and}}.",
    workedWith_other: "Har arbetat med {{members, and}} i {{count}} projekt sedan {{since}}: {{projects, and}}.",
    workedWithUndated_one: "Har arbetat med {{members, and}} i {{count}} projekt: {{projects, and}}.",
    workedWithUndated_other: "Har arbetat med {{members, and}} i {{count}} projekt: {{projects, and}}.",
    statedTie: "En källa anger en förbindelse med {{member}}.",
    workedWithEarlier_one:
      "Arbetade med {{members, and}} i {{count}} Horizon 2020-projekt, {{years}} (CORDIS-post {{records, and}}).",
    workedWithEarlier_other:
      "Arbetade med {{members, and}} i {{count}} Horizon 2020-projekt, {{years}} (CORDIS-poster {{records, and}}).",
    topical_one: "Har deltagit i {{count}} tidigare projekt nära ämnet: {{projects, and}}.",
    topical_other: "Har deltagit i {{count}} tidigare projekt nära ämnet, till exempel {{projects, and}}.",
    family_one: "Har deltagit i {{count}} tidigare projekt i utlysningens familj: {{projects, and}}.",
    family_other: "Har deltagit i {{count}} tidigare projekt i utlysningens familj, till exempel {{projects, and}}.",
    commonPartners_one: "Har arbetat med {{count}} tidigare partner till {{members, and}}: {{partners, and}}.",
    commonPartners_other: "Har arbetat med {{count}} tidigare partner till {{members, and}}: {{partners, and}}.",
    commonPartnersAndOthers_one:
      "Har arbetat med {{count}} tidigare partner till {{members, and}}, till exempel {{partners, and}}.",
    commonPartnersAndOthers_other:
      "Har arbetat med {{count}} tidigare partner till {{members, and}}, till exempel {{partners, and}}.",
    coordinated_one: "Har samordnat {{count}} av sina {{participations}} EU-projekt.",
    coordinated_other: "Har samordnat {{count}} av sina {{participations}} EU-projekt.",
    experienceOnly_one: "Har deltagit i {{count}} EU-projekt, inget ännu nära ämnet.",
    experienceOnly_other: "Har deltagit i {{count}} EU-projekt, inget ännu nära ämnet.",
    earlierOnly_one: "Deltog i {{count}} Horizon 2020-projekt, och i inget sedan dess.",
    earlierOnly_other: "Deltog i {{count}} Horizon 2020-projekt, och i inget sedan dess.",
    noRecord: "Har inget tidigare EU-projekt i grafen; en källa knyter den till konsortiet.",
  },
  proposal: {
    needMemberState: "Tillför {{country}}, en EU-medlemsstat: reglerna för {{action}} kräver minst en.",
    needCountry:
      "Tillför {{country}}, ett till av de {{min}} stödberättigade länder som reglerna för {{action}} kräver.",
    needRequiredKind: "Tillför {{sector}}, som reglerna för {{action}} kräver.",
    needEntity: "En oberoende partner till, av de {{min}} som reglerna för {{action}} kräver.",
    needUsualKind: "Tillför {{sector}}, som {{action}} brukar behöva.",
    needWarm: "En varm introduktion: har arbetat med konsortiet förut.",
    needTopic: "En av de starkaste meriterna inom ämnet.",
    unmetMemberState: "Ingen kandidat från en EU-medlemsstat hittades{{among}}, och reglerna för {{action}} kräver en.",
    unmetCountry:
      "Reglerna för {{action}} kräver partner i {{min}} olika stödberättigade länder, men ingen kandidat från ytterligare ett land hittades{{among}}.",
    unmetRequiredKind: "Reglerna för {{action}} kräver {{sector}}, men ingen sådan kandidat hittades{{among}}.",
    unmetEntity:
      "Reglerna för {{action}} kräver {{min}} oberoende partner, men ingen ytterligare kandidat hittades{{among}}.",
    unmetUsualKind: "{{action, capital}} brukar behöva {{sector}}, men ingen sådan kandidat hittades{{among}}.",
    amongCountries: " bland de länder som angavs ({{countries, and}})",
    amongKinds: " bland de typer av partner som angavs ({{kinds, and}})",
    amongBoth: " bland de länder ({{countries, and}}) och typer av partner ({{kinds, and}}) som angavs",
    amongNone: " i historiken före {{asOf}}",
    tooMany:
      "{{action, capital}} tar emot högst {{max}} sökande, och konsortiet har redan {{count}}: ingen partner läggs till.",
    unknownAction:
      "Utlysningens insatstyp är inte känd här, så ingen regel styr vad som behövs: partnerna väljs bara efter sina meriter. Läs utlysningens villkor.",
    noConsortiumRule: "{{action, capital}} har ingen regel om konsortiet: partnerna väljs bara efter sina meriter.",
    sizeTypical_one:
      "{{size}} totalt: den vanliga storleken för det {{count}} finansierade konsortiet för {{action}} i {{destination}} som startade före {{asOf}}.",
    sizeTypical_other:
      "{{size}} totalt: den vanliga storleken för de {{count}} finansierade konsortierna för {{action}} i {{destination}} som startade före {{asOf}}.",
    sizeTypicalAll_one:
      "{{size}} totalt: den vanliga storleken för det {{count}} finansierade konsortiet för {{action}} som startade före {{asOf}}.",
    sizeTypicalAll_other:
      "{{size}} totalt: den vanliga storleken för de {{count}} finansierade konsortierna för {{action}} som startade före {{asOf}}.",
    anyAction: "alla insatstyper",
    sizeRule:
      "{{size}} totalt: det minsta reglerna tillåter, eftersom inget finansierat konsortium av den här typen är känt.",
    sizeTypicalCapped:
      "{{size}} totalt, det största ett förslag rymmer: de {{count}} finansierade konsortierna för {{action}} som storleken läses från har vanligen {{typical}} medlemmar.",
    sizeAsked: "{{size}} totalt, som efterfrågat.",
    sizeRaised: "{{size}} totalt: reglerna kräver fler platser än de {{asked}} som efterfrågades.",
    sizeCapped: "{{size}} totalt: {{action}} tar inte emot fler.",
    sizeShort: "{{size}} totalt: historiken har inga fler kandidater för de {{asked}} som efterfrågades.",
  },
  findings: {
    noSector: "Ingen medlem är {{sector}}.",
    noSectorNeeded: "Ingen medlem är {{sector}}, vilket {{action}} brukar behöva.",
    addSector:
      "Om ämnet kräver det, lägg till {{sector}}; i Partnersök hittar du sådana genom att kryssa för den typen av partner.",
    noCoordinatorExperience: "Ingen medlem har samordnat något EU-projekt i grafen.",
    addCoordinator:
      "Lägg till en erfaren samordnare, eller planera för stöd i samordningen (ett projektkontor, utbildning).",
    coordinatorExperience_one: "{{name}} har samordnat {{count}} EU-projekt: en naturlig samordnare.",
    coordinatorExperience_other: "{{name}} har samordnat {{count}} EU-projekt: en naturlig samordnare.",
    closedClub:
      "{{shared}} av {{pairs}} medlemspar har redan arbetat tillsammans i EU-projekt: konsortiet är en sluten krets.",
    closedClubFix:
      "Överväg en partner som är ny för gruppen och som tillför det ämnet kräver; Partnersök rangordnar sådana.",
    noTopicalTrackRecord_one: "{{names, and}} har inte deltagit i något projekt som matchar ämnet.",
    noTopicalTrackRecord_other: "{{names, and}} har inte deltagit i något projekt som matchar ämnet.",
    noTopicalTrackRecordFix:
      "Visa deras relevanta kompetens i ansökan, eller lägg till en partner med erfarenhet inom ämnet.",
    partOfEntity_one:
      "{{parts, and}} är en del av {{entity}}, så de två är en och samma juridiska person och räknas som en deltagare, inte som två oberoende.",
    partOfEntity_other:
      "{{parts, and}} är delar av {{entity}}, så dessa {{members}} är en och samma juridiska person och räknas som en deltagare, inte som oberoende.",
    partsOfEntity:
      "{{parts, and}} är delar av en och samma juridiska person, {{entity}}, så de räknas som en deltagare, inte som oberoende juridiska personer.",
    independenceFix: "Låt {{entity}} delta en gång, eller lägg till en oberoende partner i deras ställe.",
    unknownCountry:
      "Grafen anger inte var {{entity}} är etablerad, så den räknas inte in i villkoren för stödberättigande.",
    unknownCountryFix: "Kontrollera för hand i vilket land {{entity}} är etablerad.",
    thirdCountry:
      "{{entity}} är etablerad i {{country}}, som varken är en EU-medlemsstat eller ett associerat land: den räknas inte in i villkoren för stödberättigande och finansieras bara i undantagsfall.",
    thirdCountryFix:
      "Behåll {{entity}} som associerad partner med egen finansiering, och räkna inte in den i minimiantalet.",
    pillarTwoOnly:
      "{{country}} är associerat bara till pelare II (klustren); {{entity}} räknas som associerad bara i utlysningar där.",
    noEligibleParticipant:
      "{{action, capital}} kräver minst en juridisk person som är etablerad i en EU-medlemsstat eller ett associerat land (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiet har ingen.",
    noEligibleParticipantFix: "Lägg till en partner som är etablerad i en EU-medlemsstat eller ett associerat land.",
    ruleMetFew_one:
      "Uppfyller regeln för {{action}}: {{entities, and}} är en juridisk person etablerad i {{countries, and}}.",
    ruleMetFew_other:
      "Uppfyller regeln för {{action}}: {{entities, and}} är juridiska personer etablerade i {{countries, and}}.",
    tooFewCountries:
      "{{action, capital}} kräver oberoende juridiska personer etablerade i minst {{min}} olika EU-medlemsstater eller associerade länder (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiets finns i {{count}}.",
    tooFewEntities:
      "{{action, capital}} kräver minst {{min}} oberoende juridiska personer; det här konsortiet har {{count}}.",
    tooFewEntitiesFix_one: "Lägg till {{count}} oberoende partner till.",
    tooFewEntitiesFix_other: "Lägg till {{count}} oberoende partner till.",
    tooManyEntities_one:
      "{{action, capital}} tar emot högst {{max}} sökande, en enda juridisk person; det här konsortiet har {{count}} oberoende juridiska personer.",
    tooManyEntities_other:
      "{{action, capital}} tar emot högst {{max}} oberoende juridiska personer som sökande; det här konsortiet har {{count}}.",
    tooManyEntitiesFix_one: "Sök med en av dem; läs utlysningens villkor om hur de andra kan delta.",
    tooManyEntitiesFix_other: "Sök med {{count}} av dem; läs utlysningens villkor om hur de andra kan delta.",
    missingRequiredKind_one:
      "{{action, capital}} kräver minst {{count}} oberoende juridisk person av det här slaget: {{sector}}; det här konsortiet har {{present}}.",
    missingRequiredKind_other:
      "{{action, capital}} kräver minst {{count}} oberoende juridiska personer av det här slaget: {{sector}}; det här konsortiet har {{present}}.",
    noConsortiumRule: "{{action, capital}} har ingen regel om konsortiet: tävlingsreglerna säger vem som får delta.",
    ruleStatedIn: "Regeln för {{action}} står i {{source}}, och utlysningens egna villkor har sista ordet.",
    ruleUnverified:
      "Regeln för {{action}} är hämtad ur {{source}}; den exakta lydelsen har inte kontrollerats här, så läs utlysningens villkor innan du förlitar dig på den.",
    tooFewNoCountry_one:
      "{{action, capital}} kräver minst tre oberoende juridiska personer, etablerade i var sin EU-medlemsstat eller associerat land (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiet har {{count}} oberoende juridisk person, och den är inte etablerad i något stödberättigat land.",
    tooFewNoCountry_other:
      "{{action, capital}} kräver minst tre oberoende juridiska personer, etablerade i var sin EU-medlemsstat eller associerat land (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiet har {{count}} oberoende juridiska personer, och ingen av dem är etablerad i ett stödberättigat land.",
    tooFewOneCountry_one:
      "{{action, capital}} kräver minst tre oberoende juridiska personer, etablerade i var sin EU-medlemsstat eller associerat land (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiet har {{count}} oberoende juridisk person, etablerad i ett stödberättigat land ({{countries, and}}).",
    tooFewOneCountry_other:
      "{{action, capital}} kräver minst tre oberoende juridiska personer, etablerade i var sin EU-medlemsstat eller associerat land (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiet har {{count}} oberoende juridiska personer, etablerade i ett stödberättigat land ({{countries, and}}).",
    tooFewTwoCountries_one:
      "{{action, capital}} kräver minst tre oberoende juridiska personer, etablerade i var sin EU-medlemsstat eller associerat land (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiet har {{count}} oberoende juridisk person, etablerad i två stödberättigade länder ({{countries, and}}).",
    tooFewTwoCountries_other:
      "{{action, capital}} kräver minst tre oberoende juridiska personer, etablerade i var sin EU-medlemsstat eller associerat land (enligt kommissionens förteckning över deltagande länder per {{listDate}}); det här konsortiet har {{count}} oberoende juridiska personer, etablerade i två stödberättigade länder ({{countries, and}}).",
    addCountries_one:
      "Lägg till partner som är etablerade i ytterligare en medlemsstat eller ett associerat land; i Partnersök hittar du sådana genom att ange länder.",
    addCountries_other:
      "Lägg till partner som är etablerade i ytterligare {{count}} medlemsstater eller associerade länder; i Partnersök hittar du sådana genom att ange länder.",
    addCountriesBesides_one:
      "Lägg till partner som är etablerade i ytterligare en medlemsstat eller ett associerat land utöver {{countries, and}}; i Partnersök hittar du sådana genom att ange länder.",
    addCountriesBesides_other:
      "Lägg till partner som är etablerade i ytterligare {{count}} medlemsstater eller associerade länder utöver {{countries, and}}; i Partnersök hittar du sådana genom att ange länder.",
    noMemberState:
      "{{action, capital}} kräver minst en oberoende juridisk person som är etablerad i en EU-medlemsstat; ingen av det här konsortiets är det.",
    noMemberStateFix: "Lägg till en partner som är etablerad i en EU-medlemsstat.",
    ruleMet:
      "Uppfyller regeln för {{action}}: oberoende juridiska personer i {{number}} stödberättigade länder ({{countries, and}}), varav minst en i en medlemsstat.",
    possiblyControlled:
      "{{owner}} äger {{owned}}, direkt eller genom andra; om ägandet ger kontroll är de två inte oberoende juridiska personer.",
    possiblyControlledFix:
      "Kontrollera ägarandelen; om {{owner}} kontrollerar {{owned}}, räkna dem som en och lägg till en oberoende partner.",
    actionTypeUnknown:
      "Insatstypen för {{call}} har ingen regel som är känd här; konsortiet kontrolleras mot regeln för {{action}}.",
    actionTypeUnknownFix: "Läs utlysningens egna villkor på portalen.",
    actionTypeDiffers: "{{call}} är {{callAction}}, men konsortiet kontrolleras mot regeln för {{action}}.",
    actionTypeDiffersFix: "Kontrollera det som {{callAction}}, utlysningens egen insatstyp.",
  },
  calls: {
    listed: "{{items, and}}",
    listedMore_one: "{{items, series}} och {{count}} till",
    listedMore_other: "{{items, series}} och {{count}} till",
    projects_one: "{{count}} projekt",
    projects_other: "{{count}} projekt",
    destination: "destinationen {{id}}",
    destinationNamed: "destinationen {{id}} ({{name}})",
    text_one:
      "{{count}} projekt som {{actor}} deltagit i och som började före {{asOf}} matchar utlysningens text; det närmaste, {{closest}}, delar orden {{words}}.",
    text_other:
      "{{count}} projekt som {{actor}} deltagit i och som började före {{asOf}} matchar utlysningens text; det närmaste, {{closest}}, delar orden {{words}}.",
    textNone: "Inget projekt som {{actor}} deltagit i och som började före {{asOf}} matchar utlysningens text.",
    familyTopic: "{{actor}} har redan beviljats medel inom just det här ämnet: {{projects}}.",
    familyCall: "{{actor}} har tidigare beviljats medel inom samma utlysning: {{projects}}.",
    familyDestination_one: "{{actor}} har deltagit i {{count}} projekt inom {{destination}}: {{projects}}.",
    familyDestination_other: "{{actor}} har deltagit i {{count}} projekt inom {{destination}}: {{projects}}.",
    familyNone: "{{actor}} har inget tidigare projekt i den här utlysningen eller dess destination.",
    partnersActive_one:
      "{{count}} partner till {{actor}} ({{partners}}) har deltagit i {{projects}} inom {{destination}} utan {{actor}}.",
    partnersActive_other:
      "{{count}} partner till {{actor}} ({{partners}}) har deltagit i {{projects}} inom {{destination}} utan {{actor}}.",
    noRecordEarlierPartners_one:
      "{{actor}} har inget Horizon Europe-projekt i grafen, så utlysningen visas för att partner från dess {{count}} Horizon 2020-projekt har deltagit i dess destination.",
    noRecordEarlierPartners_other:
      "{{actor}} har inget Horizon Europe-projekt i grafen, så utlysningen visas för att partner från dess {{count}} Horizon 2020-projekt har deltagit i dess destination.",
    noRecordPartners:
      "{{actor}} har inget eget EU-projekt i grafen, så utlysningen visas för att partner som en källa knyter den till har deltagit i dess destination.",
    noRecordKindEarlier_one:
      "{{actor}} har inget Horizon Europe-projekt i grafen, och ingen partner från dess {{count}} Horizon 2020-projekt är aktiv i en öppen utlysning; här visas utlysningar för {{actions, or}}, som passar {{sector}}.",
    noRecordKindEarlier_other:
      "{{actor}} har inget Horizon Europe-projekt i grafen, och ingen partner från dess {{count}} Horizon 2020-projekt är aktiv i en öppen utlysning; här visas utlysningar för {{actions, or}}, som passar {{sector}}.",
    noRecordKind:
      "{{actor}} har inget eget EU-projekt i grafen, och ingen av dess partner är aktiv i en öppen utlysning; här visas utlysningar för {{actions, or}}, som passar {{sector}}.",
    partnersNone:
      "Ingen partner till {{actor}} har deltagit i projekt inom den här utlysningens destination utan {{actor}}.",
  },
};
