/// The fictional councils a generated corpus spreads over: one first-level folder each.
struct CouncilSpec: Sendable {
    enum Site: Sendable { case modernGov, cmis, welsh, scottish }
    enum Folders: Sendable { case byYear, byCommittee, flat }

    let folder: String
    let displayName: String
    let site: Site
    let folders: Folders
    let committees: [String]
    /// Minute numbers like `163/21` instead of `4.`.
    let yearSuffixNumbers: Bool
    let venue: String
    /// How many documents this council gets relative to the others.
    let weight: Int
}

enum Councils {
    static let all: [CouncilSpec] = [
        CouncilSpec(folder: "ashbourne-vale", displayName: "Ashbourne Vale County Council", site: .modernGov, folders: .byYear,
                    committees: ["Cabinet", "County Council", "Planning and Regulatory Committee", "Audit and Governance Committee",
                                 "Children, Families, Lifelong Learning & Culture Select Committee", "Adults and Health Select Committee",
                                 "Communities, Environment and Highways Select Committee", "Pension Fund Committee"],
                    yearSuffixNumbers: true, venue: "Council Chamber, County Hall, Kelby, KB1 4QT", weight: 5),
        CouncilSpec(folder: "kingsmere", displayName: "London Borough of Kingsmere", site: .cmis, folders: .byCommittee,
                    committees: ["Cabinet", "Council", "Planning Committee - North Area", "Planning Committee - South Area",
                                 "Licensing Sub-Committee", "Health and Wellbeing Board", "Overview and Scrutiny Committee"],
                    yearSuffixNumbers: false, venue: "Council Chamber, Kingsmere Town Hall, Hawley Road, London KM1 2AB", weight: 4),
        CouncilSpec(folder: "caerwen", displayName: "Caerwen County Borough Council", site: .welsh, folders: .flat,
                    committees: ["Cabinet", "Council", "Planning Committee", "Licensing Committee",
                                 "Education Scrutiny Committee", "Governance and Audit Committee"],
                    yearSuffixNumbers: false, venue: "Siambr y Cyngor, Canolfan Ddinesig, Aberwen, CW1 2AA", weight: 3),
        CouncilSpec(folder: "north-daleshire", displayName: "North Daleshire District Council", site: .modernGov, folders: .byYear,
                    committees: ["Executive", "Full Council", "Planning Committee", "Licensing (Hearings) Sub-Committee",
                                 "Overview & Scrutiny Committee", "Standards Committee", "Joint Staff Consultative Committee"],
                    yearSuffixNumbers: false, venue: "The Guildhall, Market Place, Northby, ND1 1AA", weight: 4),
        CouncilSpec(folder: "port-elmstead", displayName: "Port Elmstead City Council", site: .modernGov, folders: .byCommittee,
                    committees: ["Cabinet", "City Council", "Planning Applications Committee", "Health Overview and Scrutiny Panel",
                                 "Economy, Skills & Regeneration Scrutiny Panel", "Corporate Parenting Board", "Licensing Committee"],
                    yearSuffixNumbers: true, venue: "Civic Centre, Harbour Road, Port Elmstead, PE1 2CC", weight: 4),
        CouncilSpec(folder: "glanrafon", displayName: "Cyngor Sir Glanrafon", site: .welsh, folders: .byYear,
                    committees: ["Cabinet", "Council", "Planning and Orders Committee", "Corporate Scrutiny Committee"],
                    yearSuffixNumbers: false, venue: "Swyddfeydd y Cyngor, Stryd y Bont, Glanrafon, GL1 3DD", weight: 2),
        CouncilSpec(folder: "strathmoor", displayName: "Strathmoor Council", site: .scottish, folders: .byCommittee,
                    committees: ["Policy and Resources Committee", "Education, Children and Families Committee",
                                 "Planning Applications Committee", "Licensing Board", "Audit and Scrutiny Committee"],
                    yearSuffixNumbers: false, venue: "Council Headquarters, Strathmoor, SM1 4EE", weight: 2),
        CouncilSpec(folder: "westbury-fields", displayName: "Westbury Fields Borough Council", site: .cmis, folders: .byYear,
                    committees: ["Cabinet", "Council", "Development Management Committee", "Licensing Act Sub-Committee",
                                 "Scrutiny Commission"],
                    yearSuffixNumbers: false, venue: "Westbury House, Fields Road, Westbury, WF2 9XX", weight: 2),
    ]

    static let weighted: [Int] = all.indices.flatMap { i in Array(repeating: i, count: all[i].weight) }
}
