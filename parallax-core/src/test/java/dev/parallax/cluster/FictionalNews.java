package dev.parallax.cluster;

import static dev.parallax.cluster.TestArticles.article;

import dev.parallax.model.AnalyzedArticle;
import java.util.List;

/** Fictional events, each reported in different words by different fictional outlets. */
public final class FictionalNews {
  private FictionalNews() {}

  // Event 1: the River Ossel floods the town of Dunmere.
  public static final AnalyzedArticle FLOOD_1 = article("flood-1", "Dunmere Courier", "2026-02-10",
      "River Ossel bursts its banks in Dunmere",
      "The River Ossel burst its banks in Dunmere early on Tuesday, flooding more than two hundred homes "
          + "along Mill Street and the old market square. Firefighters used boats to rescue residents "
          + "trapped on upper floors. Mayor Petra Halloway said the town had not seen water this high in "
          + "forty years and opened the Dunmere sports hall as an emergency shelter. The Ossel rose by "
          + "nearly three metres overnight after a week of heavy rain across the Carrow hills.");
  public static final AnalyzedArticle FLOOD_2 = article("flood-2", "Northern Ledger", "2026-02-10",
      "Hundreds evacuated as floodwater swamps Dunmere",
      "Hundreds of people left their houses in Dunmere after floodwater from the Ossel poured into the "
          + "streets. Rescue crews in dinghies collected families from windows on Mill Street. "
          + "Petra Halloway, the mayor, described the flooding as the worst in four decades. Days of "
          + "torrential rain on the Carrow hills sent the river surging, and an evacuation centre was "
          + "set up in the sports hall.");
  public static final AnalyzedArticle FLOOD_3 = article("flood-3", "Valley Radio", "2026-02-11",
      "Dunmere counts cost of flood as Ossel recedes",
      "As the Ossel began to recede on Wednesday, Dunmere shopkeepers returned to find mud and ruined "
          + "stock across the market square. Insurers estimated the flood damage in the millions. Mayor "
          + "Halloway asked the regional government for emergency funds and thanked the firefighters "
          + "who spent the night rescuing stranded residents by boat.");
  public static final AnalyzedArticle FLOOD_4 = article("flood-4", "Carrow Gazette", "2026-02-12",
      "Flood defences questioned after Dunmere inundation",
      "Residents of Dunmere are asking why flood defences promised after the last Ossel flood were never "
          + "built. Mayor Petra Halloway said the flood wall planned for Mill Street had been delayed by "
          + "funding disputes. Heavy rain on the Carrow hills is forecast again, and the sports hall "
          + "shelter will stay open for families whose homes were flooded.");
  /** Undated, about the warnings before the flood: must still join the flood story. */
  public static final AnalyzedArticle FLOOD_WARNING = article("flood-warning", "Dunmere Courier", null,
      "Dunmere told to prepare as Ossel rises",
      "Residents of Dunmere were told to stack sandbags along Mill Street as the River Ossel rose after "
          + "heavy rain on the Carrow hills. Mayor Petra Halloway said the sports hall would open as a "
          + "shelter if the river burst its banks, and firefighters moved boats into the town.");

  // Event 2: the software firm Quillon buys Brevik Systems.
  public static final AnalyzedArticle MERGER_1 = article("merger-1", "Market Wire", "2026-02-11",
      "Quillon agrees to buy Brevik Systems for 4.2 billion",
      "Quillon, the accounting software maker, agreed to buy Brevik Systems for 4.2 billion crowns in cash, "
          + "the largest acquisition in its history. Chief executive Tomas Ardent said the deal would give "
          + "Quillon the payroll tools its customers had asked for. Brevik shareholders will receive a "
          + "premium of 30 percent over Friday's closing price. The takeover needs approval from the "
          + "competition regulator.");
  public static final AnalyzedArticle MERGER_2 = article("merger-2", "Business Daily", "2026-02-11",
      "Brevik shares jump on Quillon takeover",
      "Shares in Brevik Systems jumped 28 percent after Quillon announced a cash offer worth 4.2 billion "
          + "crowns. Analysts said the price was generous but that the payroll software business would fit "
          + "well alongside Quillon's accounting products. Tomas Ardent, who runs Quillon, expects the "
          + "acquisition to close by the autumn if the regulator agrees.");
  public static final AnalyzedArticle MERGER_3 = article("merger-3", "Tech Notes", "2026-02-12",
      "What the Quillon-Brevik deal means for payroll users",
      "Customers of Brevik's payroll software wondered what the Quillon acquisition means for them. "
          + "Ardent promised that Brevik products would be supported for at least five years and merged "
          + "into Quillon's accounting suite over time. Competition lawyers expect the regulator to look "
          + "closely at the 4.2 billion crown deal.");

  // Event 2b, two days later: Quillon's chief executive resigns. Same company, another event; the first
  // report still dwells on the Brevik deal.
  public static final AnalyzedArticle RESIGNATION_1 = article("resign-1", "Market Wire", "2026-02-13",
      "Ardent resigns as Quillon chief",
      "Tomas Ardent resigned as chief executive of Quillon on Friday, two days after agreeing to buy "
          + "Brevik Systems. Board chair Maren Lisk will lead the company until a successor is found. No "
          + "reason was given for the resignation.");
  public static final AnalyzedArticle RESIGNATION_2 = article("resign-2", "Business Daily", "2026-02-13",
      "Ardent resignation stuns staff",
      "The sudden resignation of Tomas Ardent stunned employees, who learned of it in an email on Friday "
          + "morning. Board chair Maren Lisk will run the company until a new chief executive is found. "
          + "People close to the board said Ardent had clashed with directors over his pay and his plans "
          + "for the sales team.");
  public static final AnalyzedArticle RESIGNATION_3 = article("resign-3", "Tech Notes", "2026-02-14",
      "Lisk takes charge as search for new chief begins",
      "Maren Lisk took charge on Saturday after the resignation of Tomas Ardent. Lisk told staff the "
          + "search for a chief executive would take months and that the board had hired a recruitment "
          + "firm. Directors had clashed with Ardent over pay, according to two people briefed on the "
          + "resignation.");

  // Event 3: Harlow Rovers win the Calder Cup final.
  public static final AnalyzedArticle CUP_1 = article("cup-1", "Sports Desk", "2026-02-14",
      "Harlow Rovers lift the Calder Cup",
      "Harlow Rovers won the Calder Cup for the first time in their history, beating Senna Athletic 2-1 in "
          + "the final at Brightwater Stadium. Striker Nico Varga scored the winning goal in the 88th minute "
          + "after Senna had equalised from a penalty. Rovers manager Elena Drost called it the proudest "
          + "night of her career.");
  public static final AnalyzedArticle CUP_2 = article("cup-2", "Evening Post", "2026-02-14",
      "Late Varga goal wins final for Rovers",
      "A late strike from Nico Varga gave Harlow Rovers a 2-1 victory over Senna Athletic in the Calder "
          + "Cup final. Senna had levelled from the penalty spot before Varga's 88th minute goal sent the "
          + "Rovers fans at Brightwater Stadium into celebration. Drost praised her players for never giving up.");
  public static final AnalyzedArticle CUP_3 = article("cup-3", "Harlow Echo", "2026-02-15",
      "Harlow celebrates cup triumph",
      "Thousands of supporters lined the streets of Harlow to welcome the Rovers home with the Calder Cup. "
          + "Nico Varga, whose goal beat Senna Athletic in the final, held the trophy aloft from an open-top "
          + "bus. Manager Elena Drost said the club's first cup win belonged to the whole town.");
  public static final AnalyzedArticle CUP_4 = article("cup-4", "Fan Zone", "2026-02-15",
      "Senna Athletic left to rue penalty drama",
      "Senna Athletic players sat stunned on the Brightwater Stadium pitch after losing the Calder Cup final "
          + "2-1 to Harlow Rovers. Their penalty equaliser had forced the momentum, but Nico Varga's late "
          + "winner settled the final for the Rovers.");

  // Singletons.
  public static final AnalyzedArticle MUSEUM = article("museum", "Culture Weekly", "2026-02-12",
      "Pellar museum reopens after restoration",
      "The Pellar Museum of Clocks reopened its doors after a three-year restoration of its glass roof. "
          + "Curator Ines Okafor showed visitors a collection of astronomical clocks, some more than three "
          + "centuries old, displayed in new galleries lit by daylight.");
  public static final AnalyzedArticle COMET = article("comet", "Science Today", "2026-02-13",
      "Kesh Observatory spots new comet",
      "Astronomers at the Kesh Observatory discovered a faint comet moving through the constellation of "
          + "the Lyre. Researcher Daniel Obuya said the icy body would pass closest to the sun next "
          + "spring and might become visible through binoculars.");

  /** Three events of three or four articles and two singletons, in publication order. */
  public static List<AnalyzedArticle> threeEventsAndTwoSingletons() {
    return List.of(FLOOD_1, FLOOD_2, MERGER_1, MERGER_2, FLOOD_3, MERGER_3, FLOOD_4, MUSEUM, COMET,
        CUP_1, CUP_2, CUP_3, CUP_4);
  }

  // Two summits of the same leaders, five months apart.
  public static final AnalyzedArticle SUMMIT_MARCH_1 = article("summit-mar-1", "Capital Times", "2026-03-10",
      "Moren and Kranz meet in Veltro",
      "President Alia Moren of Tavria and Chancellor Josef Kranz of Lindmark met in Veltro for talks on the "
          + "disputed river border and a new gas pipeline. Moren said the summit had been frank and useful. "
          + "Kranz told journalists that Lindmark wanted a trade agreement before the end of the year.");
  public static final AnalyzedArticle SUMMIT_MARCH_2 = article("summit-mar-2", "Tavria Herald", "2026-03-11",
      "Veltro summit ends with pipeline pledge",
      "The Veltro summit between Alia Moren and Josef Kranz ended with a pledge to build the gas pipeline "
          + "jointly. The two leaders agreed to set up a commission on the river border. Tavria and Lindmark "
          + "will hold trade talks in the spring.");
  public static final AnalyzedArticle SUMMIT_AUGUST_1 = article("summit-aug-1", "Capital Times", "2026-08-12",
      "Moren and Kranz meet again in Ostbridge",
      "President Alia Moren of Tavria and Chancellor Josef Kranz of Lindmark met in Ostbridge, where they "
          + "signed a trade agreement cutting tariffs on grain and steel. Moren called the deal a turning "
          + "point. Kranz said the border commission would report by winter.");
  public static final AnalyzedArticle SUMMIT_AUGUST_2 = article("summit-aug-2", "Lindmark Post", "2026-08-13",
      "Tariff deal signed at Ostbridge summit",
      "Josef Kranz and Alia Moren signed a tariff agreement at the Ostbridge summit, lowering duties on "
          + "grain and steel between Lindmark and Tavria. The two leaders said the river border commission "
          + "was making progress.");
}
