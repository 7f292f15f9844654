package dev.parallax.nlp;

import java.util.Set;

/**
 * Closed word lists of English news style that mention typing and quote attribution rely on.
 * Capitalised entries are compared case-sensitively with a name token (any trailing dot removed);
 * lower-case entries are compared with lower-cased words.
 */
public final class NewsWords {
  private NewsWords() {}

  /** Honorifics: they prefix a person's name and are not part of it. */
  static final Set<String> HONORIFICS = Set.of(
      "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady");

  /** Titles and roles that prefix a person's name ("President Lopes", "Gen. Okoro"). */
  static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
      "Gen", "Lt", "Col", "Capt", "Captain", "Cmdr", "Commander", "Sgt", "Sergeant", "Maj", "Major",
      "Adm", "Admiral", "Gov", "Governor", "Sen", "Senator", "Rep", "Rev", "Reverend", "Father",
      "President", "Vice", "Prime", "Minister", "Secretary", "Chancellor", "Premier", "Mayor",
      "Deputy", "Chief", "Executive", "Officer", "Chairman", "Chairwoman", "Chairperson", "Chair",
      "Director", "Commissioner", "Inspector", "Detective", "Superintendent", "Constable", "Judge",
      "Justice", "King", "Queen", "Prince", "Princess", "Pope", "Ambassador", "Envoy", "Spokesman",
      "Spokeswoman", "Spokesperson", "Councillor", "Councilor", "Sheriff", "Coach", "Acting", "Interim",
      "CEO", "Speaker", "Senior", "Managing", "General", "Goalkeeper", "Striker", "Midfielder",
      "Defender", "Manager", "Forward");

  /** Words that make a name an organisation ("Coastal Resilience Authority", "Tarsa Daily"). */
  static final Set<String> ORGANISATION_WORDS = Set.of(
      "Ministry", "Authority", "Council", "Agency", "Commission", "Bank", "Union", "Party", "Company",
      "Co", "Corp", "Corporation", "Inc", "Ltd", "LLC", "Plc", "PLC", "Group", "University", "Institute",
      "Department", "Court", "Police", "Service", "Services", "Board", "Association", "Federation",
      "Wire", "Post", "Gazette", "Daily", "Times", "News", "Herald", "Tribune", "Journal", "Press",
      "Foundation", "Fund", "Committee", "Organisation", "Organization", "Office", "Society",
      "Alliance", "Coalition", "Movement", "Army", "Navy", "Guard", "Parliament", "Assembly",
      "Senate", "Congress", "Government", "Administration", "Bureau", "Trust", "Hospital", "School",
      "College", "Museum", "Church", "Airlines", "Airways", "Holdings", "Industries", "Partners",
      "Network", "Centre", "Center", "Club", "Chamber", "Cabinet", "Directorate", "Secretariat",
      "Tribunal", "Exchange", "Reserve", "Technologies", "Motors", "Media", "Broadcasting", "Radio",
      "Observer", "Chronicle", "Courier", "Review", "Telegraph", "Monitor", "Bulletin", "Dispatch",
      "Inquirer", "Institution", "Programme", "Program", "Initiative", "Project", "Mission",
      "Forum", "Laboratory", "Observatory", "Commissariat", "Gendarmerie", "Firm", "Syndicate",
      "Consortium", "Cooperative", "Brigade", "Ministries",
      "Authorities", "Agencies", "Sons", "Brothers", "Associates", "Shipping", "Logistics", "Airport Authority",
      // Business names: "Quillon Systems", "Brightwater Energy", "Corrin Bay Ferries".
      "Systems", "Energy", "Ferries", "Engineering", "Pharmaceuticals", "Foods", "Insurance", "Telecom",
      "Communications", "Solutions", "Software", "Labs", "Railways", "Railway", "Utilities", "Builders",
      // Sports clubs: "Harwick Rovers", "St. Maur Athletic".
      "Rovers", "Athletic", "Wanderers", "Rangers", "FC", "AFC",
      "Grid", "Digital", "Bakeries", "Securities", "Power", "Marine", "Infirmary", "Conservatory",
      "Library", "Elementary", "Capital", "Ventures", "Airline", "Bus", "Buses", "Transit", "Guild",
      "Minerals", "Metals", "Resources", "Mining", "Chemicals", "Petroleum", "Steel");

  /** Heads that may be followed by "of"/"for" inside a name ("Bank of Tarsa", "Port of Velm"). */
  static final Set<String> CONNECTED_HEADS = Set.of(
      "Republic", "Port", "Gulf", "City", "Isle", "Isles", "Bay", "Strait", "Cape", "Lake", "Sea",
      "House", "Kingdom", "State", "States", "Province", "District", "Mount", "Duchy", "Islands",
      "Friends", "Sisters", "Brotherhood", "League", "Order", "Academy", "Palace", "Cathedral");

  /** Words that make a name a place ("Tarsa Harbour", "Velm River"). */
  static final Set<String> PLACE_WORDS = Set.of(
      "Street", "Road", "Avenue", "Boulevard", "Lane", "Square", "Bridge", "River", "Bay", "Island",
      "Islands", "Lake", "Mountain", "Mountains", "Mount", "Valley", "County", "Province", "Region",
      "District", "City", "Town", "Village", "Port", "Harbour", "Harbor", "Sea", "Ocean", "Coast",
      "Beach", "Park", "Airport", "Peninsula", "Strait", "Canal", "Desert", "Forest", "Hills",
      "Heights", "Gulf", "Cape", "Point", "Dam", "Delta", "Basin", "Plain", "Plains", "Estuary",
      "Highway", "Motorway", "Quay", "Pier", "Wharf", "Marina", "Republic", "Kingdom", "State",
      "Territory", "Oblast", "Prefecture", "Borough", "Municipality", "Suburb", "Quarter", "Hill",
      "Heath", "Green", "Gardens", "Terrace", "Crescent", "Drive", "Place", "Lagoon", "Reef", "Fjord",
      "Crossing", "Marsh", "Marshes", "Moor", "Moors", "Vale", "Fen", "Fens", "Falls", "Sound", "Glen",
      "Downs", "Cove", "Creek", "Springs", "Junction", "Wells", "Sands", "Head", "Ness", "Parade",
      "Promenade", "Esplanade", "Isle", "Hall", "Stadium", "Arena", "Row", "Common");

  /** Months and days: capitalised but never an entity here. */
  static final Set<String> CALENDAR = Set.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun");

  /**
   * Nouns that, right after a single unknown name, make it a place ("the Caldera coast", "Talmore
   * residents", "Kaldera's leader"), lower case.
   */
  static final Set<String> PLACE_FOLLOWERS = Set.of(
      "coast", "coastline", "residents", "city", "town", "village", "region", "government", "capital",
      "border", "economy", "county", "province", "district", "area", "mayor", "seafront", "waterfront",
      "shore", "leader", "president", "citizens", "islanders", "townspeople", "countryside", "suburbs",
      "outskirts", "harbour", "harbor", "port", "mainland", "peninsula", "valley", "parliament");

  /** Nouns that, right before "of" and a single unknown name, make it a place ("the people of Talmore"). */
  static final Set<String> PLACE_OF_HEADS = Set.of(
      "people", "mayor", "city", "town", "village", "residents", "centre", "center", "outskirts", "north",
      "south", "east", "west", "government", "capital", "coast", "island", "streets", "port", "county",
      "province", "region", "citizens", "president", "leader", "north-east", "north-west", "south-east",
      "south-west", "heart", "edge");

  /** Compass words that make a known place into another place ("North Atlantic", "Western Caldera"). */
  static final Set<String> COMPASS_PREFIXES = Set.of(
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
      "Lower", "Greater");

  /**
   * Nouns for organisations: in an apposition ("Halvorsen Minerals, the mining company,") they make
   * the name an organisation (lower case).
   */
  static final Set<String> ORGANISATION_NOUNS = Set.of(
      "company", "firm", "group", "agency", "union", "guild", "operator", "charity", "bank", "insurer",
      "airline", "carrier", "regulator", "watchdog", "club", "team", "party", "ministry", "department",
      "council", "authority", "organisation", "organization", "association", "federation", "maker",
      "manufacturer", "producer", "developer", "retailer", "supplier", "contractor", "miner", "broadcaster",
      "newspaper", "publisher", "utility", "provider", "network", "chain", "university", "school", "hospital");

  /** Spelled-out numbers: capitalised at a sentence start ("Forty-one sailings ...") but never names. */
  static final Set<String> NUMBER_WORDS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
      "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "half");

  /**
   * Roles that, in an apposition right after a name ("Renfrew, the company's chief executive,"),
   * make the name a person's (lower case).
   */
  static final Set<String> PERSON_ROLES = Set.of(
      "spokeswoman", "spokesman", "spokesperson", "executive", "forecaster", "minister", "mayor",
      "director", "chief", "president", "chairman", "chairwoman", "chair", "leader", "secretary",
      "organiser", "organizer", "nurse", "doctor", "judge", "researcher", "analyst", "professor",
      "economist", "founder", "manager", "captain", "coach", "envoy", "ambassador", "officer",
      "lawyer", "barrister", "governor", "senator", "commissioner", "head", "editor",
      "resident", "farmer", "fisherman", "teacher", "engineer", "scientist", "author", "sister",
      "brother", "son", "daughter", "wife", "husband", "mother", "father", "widow", "owner");

  /**
   * Verbs that report what someone said (lower case): a date right beside one is the report's
   * date, not the event's ("said on Tuesday"), and a sentence with one is attributed to a speaker.
   * The one list the brief stage's date, stance and summary rules share; a subset of
   * {@link #SPEECH_VERBS}.
   */
  public static final Set<String> REPORTING_VERBS = Set.of(
      "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states", "announced",
      "announces", "announce", "reported", "reports", "report", "confirmed", "confirms", "confirm", "wrote",
      "writes", "warned", "warns", "asked", "asks", "insisted", "insists", "claimed", "claims", "noted", "notes",
      "explained", "explains", "argued", "replied", "declared", "tweeted", "quoted");

  /** Words that attribute a sentence to a speaker: the reporting verbs and "according" ("according to"). */
  public static final Set<String> REPORTING_WORDS = union(REPORTING_VERBS, Set.of("according"));

  /**
   * The reporting verbs that put a claim in a speaker's mouth ("said", "claimed", "insisted"), and
   * "according": not those that publish or confirm it ("reported", "confirmed"), which the stance
   * rules read as the claim itself ("the office reported that unemployment rose"; "confirmed" is
   * itself a stance).
   */
  public static final Set<String> SPEAKER_WORDS = Set.of("said", "says", "say", "told", "tells", "according",
      "stated", "claimed", "claims", "insisted", "insists", "added", "announced", "quoted");

  /** Verbs that introduce or attribute speech (lower case): the reporting verbs and more. */
  static final Set<String> SPEECH_VERBS = union(REPORTING_VERBS, Set.of(
      "argues", "replies", "continued", "continues", "recalled",
      "recalls", "declares", "admitted", "admits",
      "acknowledged", "stressed", "stresses", "urged", "urges",
      "suggested", "commented", "predicted", "conceded", "remarked", "responded", "posted",
      "cautioned", "pledged", "promised", "vowed", "maintained", "observed", "emphasised",
      "emphasized", "complained", "estimated", "shouted", "whispered", "testified",
      "called", "described", "accused", "telling", "saying", "writing"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Heads of names of events, storms, laws and the like: typed OTHER ("Storm Ulla", "Velm Accord"). */
  static final Set<String> EVENT_WORDS = Set.of(
      "Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical", "Operation", "Festival", "Cup",
      "Games", "Olympics", "Championship", "Summit", "Act", "Bill", "Treaty", "Accord", "Agreement",
      "Protocol", "Convention", "War", "Day", "Week", "Prize", "Award", "Awards", "Plan", "Strategy",
      "Declaration", "Conference", "Expo", "Marathon");

  /** Words after which a name is a place ("in Tarsa", "near Velm"), lower case. */
  static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "in", "near", "from", "outside", "across", "around", "throughout", "inside", "towards", "toward");

  /** Second halves of hyphenated modifiers that are not part of a name ("Tarsa-based"). */
  static final Set<String> MODIFIER_SUFFIXES = Set.of(
      "based", "led", "owned", "run", "backed", "born", "bound", "funded", "made", "style", "era",
      "wide", "linked", "affiliated", "controlled", "registered", "area", "level", "like",
      "type", "class", "centric", "bred", "built", "held", "sponsored", "allied", "aligned");

  /** Whether {@code word} (with any trailing dot) is in the capitalised {@code set}. */
  static boolean in(Set<String> set, String word) {
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return set.contains(bare);
  }
}
