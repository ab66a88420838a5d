/// Word lists for fictional councils. Place names and surnames are built from syllables, so
/// the vocabulary runs to thousands of words and has a long tail of rare ones, as real
/// minutes do. Nothing here is copied from a council page.
enum Vocabulary {
    static let placeStarts = [
        "Ash", "Brack", "Carl", "Dun", "Eld", "Fern", "Glen", "Hal", "Ing", "Kel", "Lang", "Mar",
        "Nor", "Oak", "Pen", "Quen", "Rad", "Stan", "Thorn", "Ul", "Ver", "Wend", "Yar", "Bex",
        "Cran", "Dray", "Elm", "Fox", "Gris", "Hart", "Ives", "Kings", "Lid", "Mel", "Ned",
        "Orm", "Pol", "Rush", "Sel", "Tad", "Up", "Wal", "Whit", "Brom", "Chal", "Dor", "Hol", "Sax",
    ]
    static let placeEnds = [
        "ford", "ley", "ton", "bury", "wick", "ham", "field", "stead", "by", "combe", "worth",
        "den", "well", "mere", "thorpe", "bridge", "cross", "borough", "hurst", "stow", "wood",
        "minster", "gate", "haven", "brook", "dale", "moor", "holt",
    ]
    /// Middle syllables for the long tail: three- and four-part names (tens of thousands of
    /// them, most seen once or twice in a corpus, like the hamlets and farms of real minutes).
    static let placeMiddles = [
        "a", "en", "er", "il", "ing", "ol", "ow", "ran", "sel", "ten", "ven", "wen", "ock", "ers",
        "ham", "lin", "mar", "ney", "ros", "tham", "ab", "eth", "ull", "ric", "dell", "ast",
    ]
    static let welshPlaces = [
        "Aberwen", "Cwm Tawel", "Llanfair Isaf", "Pont-y-wern", "Bryn Glas", "Trefynach",
        "Cefn Coed", "Penrhyn Du", "Glanrafon", "Maesteg Uchaf", "Nant y Ddôl", "Llwyn Onn",
        "Rhos-y-gwaliau", "Tal-y-bont", "Ystrad Fawr", "Coed-y-brân", "Dyffryn Aur", "Heol Fach",
        "Cae'r Ffynnon", "Blaen-y-cwm", "Llanddewi Fach", "Porth Tywyn", "Gwaun Cae", "Bedwas Isaf",
    ]
    static let surnameRoots = [
        "Ash", "Black", "Brad", "Cart", "Dal", "Ed", "Fair", "Gold", "Hard", "Holl", "Kent",
        "Lam", "Mead", "North", "Pick", "Ross", "Sand", "Tay", "Wain", "West", "Whit", "Young",
        "Bram", "Chand", "Dunn", "Fen", "Garr", "Hux", "Lind", "Marl", "Pem", "Rad", "Sum",
        "Thack", "Ven", "Wick", "Yard", "Cress", "Dray", "Fitch",
    ]
    static let surnameEnds = ["ley", "well", "ford", "ton", "wood", "man", "er", "ham", "by", "cott", "more", "ridge"]
    static let plainSurnames = [
        "Okafor", "Patel", "Nowak", "Brennan", "Silverman", "McKenna", "Baptiste", "Gill", "Bell",
        "Doyle", "Whitlow", "Fenwick", "Lister", "Ede", "Summerhayes", "Whitcombe", "Khan", "Osei",
        "Kowalski", "Murphy", "O'Neill", "Begum", "Chowdhury", "Adeyemi", "Mensah", "Hussain",
        "Zielinski", "Fraser", "MacLeod", "Quinn", "Reilly", "Sharma", "Singh", "Ahmed", "Evans",
        "Hughes", "Jenkins", "Price", "Powell", "Pritchard", "Rees", "Vaughan", "Bowen", "Llewelyn",
        "Meredydd", "Puw", "Prosser", "Griffiths", "Morgan", "Lloyd",
    ]
    static let firstNames = [
        "Grace", "Martin", "Daniel", "Karen", "Jonathan", "Rachel", "Paul", "Kate", "Ruth", "Gavin",
        "Stephen", "Lorna", "Tamsin", "Marcus", "Pritpal", "Amira", "Tomasz", "Niamh", "Oluwaseun",
        "Priya", "Imran", "Helen", "David", "Sarah", "Mohammed", "Joanna", "Peter", "Aisha", "Colin",
        "Bethan", "Rhodri", "Eleri", "Gareth", "Non", "Elin", "Siân", "Dafydd", "Catrin", "Owain",
        "Megan", "Rory", "Fiona", "Ewan", "Morag", "Chidi", "Zofia", "Hannah", "Simon", "Tessa", "Jude",
    ]
    static let roads = ["Road", "Street", "Lane", "Avenue", "Way", "Close", "Drive", "Hill", "Terrace", "Parade"]

    /// Subjects: (title pattern, service area words). `{P}` is a place name.
    static let topics: [(String, String)] = [
        ("Home to School Travel Assistance Policy", "transport school children families"),
        ("Libraries Strategy: Consultation Outcome", "library libraries opening hours community"),
        ("Climate Emergency Action Plan: Annual Progress", "carbon emissions climate net zero"),
        ("Budget Monitoring Report", "budget overspend forecast savings"),
        ("Medium Term Financial Strategy", "budget council tax savings reserves"),
        ("Capital Programme Update", "capital programme borrowing schemes"),
        ("{P} Flood Alleviation Scheme", "flood defences drainage culvert"),
        ("{P} Town Centre Regeneration Masterplan", "regeneration town centre shops housing"),
        ("Children's Homes Sufficiency", "children placements residential homes"),
        ("Adult Social Care Charging Policy", "adult social care charging assessment"),
        ("Special Educational Needs and Disabilities Provision at {P}", "send special school places"),
        ("Community Recycling Centres: Opening Hours", "recycling waste centres booking"),
        ("Waste Collection Contract Extension", "waste collection contract bins"),
        ("Local Plan Review: Preferred Options", "planning local plan housing sites"),
        ("Bus Service Improvement Plan", "bus services passengers fares"),
        ("Highways Maintenance Term Contract", "highways potholes resurfacing contract"),
        ("Street Lighting LED Replacement Programme", "street lighting energy lanterns"),
        ("Leisure Centre Management Contract", "leisure centres swimming pools trust"),
        ("Household Support Fund Allocation", "household support grant vouchers"),
        ("Temporary Accommodation Procurement Strategy", "temporary accommodation homelessness housing"),
        ("Treasury Management Strategy", "treasury borrowing investments prudential"),
        ("Annual Governance Statement", "governance audit assurance risk"),
        ("Internal Audit Progress Report", "internal audit opinion recommendations"),
        ("Corporate Risk Register", "risk register mitigation controls"),
        ("Air Quality Action Plan for {P}", "air quality nitrogen dioxide monitoring"),
        ("Youth Justice Plan", "youth justice offending prevention"),
        ("Public Health Annual Report", "public health life expectancy smoking"),
        ("School Admissions Arrangements", "admissions schools places oversubscription"),
        ("Council Tax Reduction Scheme", "council tax reduction support"),
        ("Asset Disposal: Former {P} Depot", "disposal land depot valuation"),
        ("Parking Charges Review", "parking charges permits enforcement"),
        ("Domestic Abuse Strategy", "domestic abuse refuge support"),
        ("Homelessness and Rough Sleeping Strategy", "homelessness rough sleeping prevention"),
        ("Extra Care Housing Programme", "extra care housing older people"),
        ("Digital Strategy", "digital broadband online services"),
        ("Workforce Strategy and Pay Policy Statement", "workforce pay policy staff"),
        ("Licensing Policy: Sex Establishments", "licensing policy premises venues"),
        ("Statement of Licensing Policy", "licensing alcohol premises hours"),
        ("Gambling Act Statement of Principles", "gambling premises licences"),
        ("Review of Premises Licence: {P} Tavern", "premises licence review police noise"),
        ("Taxi and Private Hire Licensing Policy", "taxi private hire drivers vehicles"),
        ("Tree Preservation Order: Land at {P}", "trees preservation order amenity"),
        ("Conservation Area Appraisal: {P}", "conservation area heritage character"),
        ("Ash Dieback Action Plan", "ash dieback trees highways safety"),
        ("Rural Broadband Voucher Scheme", "broadband rural connectivity vouchers"),
        ("Active Travel Network Map", "active travel cycling walking routes"),
        ("School Streets Programme", "school streets traffic pupils"),
        ("Energy Efficiency Retrofit of Council Homes", "retrofit insulation heat pumps"),
        ("Scrutiny Work Programme", "scrutiny work programme members"),
        ("Community Safety Partnership Plan", "community safety antisocial behaviour"),
    ]

    static let welshTopics = [
        "Rhaglen Moderneiddio Ysgolion: Ysgol Gynradd {P}",
        "Cynllun Lliniaru Llifogydd {P}",
        "Adolygiad o’r Gwasanaeth Llyfrgelloedd",
        "Strategaeth Ariannol Tymor Canolig",
        "Cynllun Datblygu Lleol Newydd",
        "Polisi Casglu Gwastraff ac Ailgylchu",
        "Cynllun Strategol y Gymraeg mewn Addysg",
        "Trosglwyddo Canolfan Hamdden {P}",
        "Adroddiad Monitro’r Gyllideb",
        "Strategaeth Tai Lleol",
    ]

    static let procedural = [
        "Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting",
        "Public Questions", "Urgent Business", "Exclusion of the Press and Public",
        "Questions from Members", "Petitions", "Chair's Announcements",
    ]

    static let welshProcedural = ["Ymddiheuriadau am absenoldeb", "Datganiadau o fuddiant", "Cofnodion", "Cwestiynau gan y cyhoedd"]

    static let officerRoles = [
        "Executive Director for Children, Families and Lifelong Learning", "Director of Finance",
        "Head of Planning", "Corporate Director of Housing", "Director of Public Health",
        "Head of Highways and Transport", "Chief Executive", "Monitoring Officer",
        "Head of Waste Services", "Director of Adult Social Care", "Head of Libraries and Culture",
        "Chief Internal Auditor", "Licensing Manager", "Head of Environmental Health",
    ]
    static let portfolios = [
        "Finance and Resources", "Children and Families", "Environment", "Highways and Transport",
        "Adult Social Care", "Housing and Homelessness", "Communities", "Culture and Leisure",
        "Planning and Regeneration", "Education and Skills", "Health and Wellbeing",
    ]

    static let adjectives = [
        "significant", "modest", "sustained", "unexpected", "gradual", "sharp", "considerable",
        "limited", "welcome", "continuing", "temporary", "permanent", "phased", "targeted",
    ]

    /// Sentences for agenda text and minutes. Slots: {P} place, {N} person, {R} role,
    /// {M} money, {C} count, {Y} year, {Q} percent, {T} topic words, {A} adjective, {D} date,
    /// {W} road, {O} portfolio.
    static let agendaSentences = [
        "This report sets out the outcome of the consultation on the {T}, which closed on {D} and received {C} responses.",
        "The budget for {Y} is forecast to overspend by {M}, mainly because of a {A} rise in demand.",
        "Officers propose a phased programme starting at {P} and {P}, with a review after twelve months.",
        "The report asks the committee to note progress and to agree the next steps for {T}.",
        "Demand has risen by {Q} since {Y}, and the current arrangements at {P} are no longer sustainable.",
        "A capital allocation of {M} is sought from the reserves to deliver the first phase.",
        "The proposals were developed with partners including the districts and boroughs, health and the voluntary sector.",
        "An Equality Impact Assessment is attached as Annex 2 and identifies a {A} impact on older residents.",
        "The scheme at {W}, {P} would provide {C} homes, of which {Q} would be affordable.",
        "Members are asked to consider the recommendations of the working group chaired by Councillor {N}.",
        "The contract with the current provider expires on {D} and cannot be extended further.",
        "Performance against the key indicators for {T} is summarised in the appendix.",
    ]
    static let minutesSentences = [
        "The Cabinet Member for {O}, Councillor {N}, introduced the report.",
        "The {R}, {N}, explained that demand for {T} had risen by {Q} since {Y}.",
        "Members asked about the effect on residents of {P} and whether the consultation had reached people who were not online.",
        "Councillor {N} asked how the savings of {M} would be monitored; officers replied that progress would be reported every quarter.",
        "The committee welcomed the {A} improvement in performance and thanked staff at {P}.",
        "In answer to a question, the {R} confirmed that no decision on {W}, {P} had yet been taken.",
        "A Member expressed concern about the {A} increase in costs, which had reached {M} in {Y}.",
        "Councillor {N} moved an amendment, seconded by Councillor {N}, which was lost on a vote of {C} to {C}.",
        "The Chair thanked Councillor {N} and the officers for a clear report.",
        "It was noted that the work at {P} would be completed by {D}, subject to the weather.",
        "Members discussed the risks set out in the report, including the {A} pressure on the {T} budget.",
        "The {R} said that {C} families at {P} had been contacted directly.",
        "Residents from {P} addressed the committee in objection, raising traffic on {W} and the loss of green space.",
        "The applicant's agent, {N}, spoke in support of the application.",
    ]
    static let resolutionSentences = [
        "That the {T} be approved, to take effect from {D}.",
        "That a budget of {M} be allocated from the reserves for the first phase at {P}.",
        "That the {R}, in consultation with the Cabinet Member for {O}, be authorised to agree the details.",
        "That progress be reported to the committee in {Y}.",
        "That the consultation responses be noted and the officers thanked for their work.",
        "That the application be approved subject to the conditions set out in the report and a Section 106 agreement.",
        "That the application be refused because of the harm to the character of {P} and the effect on {W}.",
        "That the recommendations of the working group be endorsed and referred to Council.",
        "That the premises licence be modified by the addition of the conditions agreed at the hearing.",
        "That the risk register be noted and the actions set out in Appendix B agreed.",
    ]
    static let reasonSentences = [
        "The proposals protect front-line services while delivering savings of {M} a year.",
        "The council has a statutory duty to keep the {T} under review.",
        "Acting now lets the council draw down external funding of {M} before {D}.",
        "The consultation showed {Q} support for the proposals.",
    ]

    static let welshSentences = [
        "Cyflwynodd yr Aelod Cabinet, y Cynghorydd {N}, yr adroddiad.",
        "Roedd dros {C} o bobl wedi ymateb i’r ymgynghoriad ar {P}.",
        "Gofynnodd Aelodau am sicrwydd y byddai’r gwasanaeth yn parhau i’r pentrefi gwledig.",
        "Cadarnhaodd y Cyfarwyddwr y byddai’r gwaith yn {P} yn dechrau cyn {Y}.",
        "Mae’r adroddiad yn gofyn am gymeradwyaeth i gyflwyno achos busnes i Lywodraeth Cymru.",
        "Byddai’r cynllun yn costio {M}, gyda {Q} o’r arian gan Lywodraeth Cymru.",
        "Diolchodd y Cadeirydd i’r swyddogion am adroddiad clir.",
    ]
    static let welshResolutions = [
        "Cymeradwyo’r cynllun fel y’i disgrifir yn yr adroddiad, o {D} ymlaen.",
        "Cymeradwyo cyllideb gyfalaf o {M} ar gyfer y gwaith yn {P}.",
        "Gofyn i’r Cyfarwyddwr gyflwyno adroddiad pellach ymhen deuddeg mis.",
        "Nodi canlyniad yr ymgynghoriad a diolch i’r trigolion a ymatebodd.",
    ]
}
