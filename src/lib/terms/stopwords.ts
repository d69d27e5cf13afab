/**
 * Words left out of the term lists: function words, pronouns, auxiliaries, and the reporting
 * verbs and fillers of news copy ("said", "also"), which every article has and which would
 * otherwise top every list. Lower case; a term's words are compared lower-cased.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		'a about above after again against all also although am among an and another any are around as at ' +
		'be became because been before being below between both but by can cannot could did do does doing done down during ' +
		'each either else even ever every few for from further had has have having he her here hers herself him himself his how however ' +
		'i if in including into is it its itself just least less many may me might more most much must my myself ' +
		'neither no nor not now of off often on once one only or other others our ours ourselves out over own ' +
		'per rather same she should since so some still such than that the their theirs them themselves then there these they this those ' +
		'though through thus to too toward towards under until up upon us very via was we were what whatever when where whether which while who whom whose why will with within without would ' +
		'yet you your yours yourself yourselves ' +
		// Numbers written out, and words of time that every dated story has.
		'two three four five six seven eight nine ten first second third last next ' +
		'today yesterday tomorrow day days week weeks month months year years ago ' +
		'monday tuesday wednesday thursday friday saturday sunday ' +
		'january february march april june july august september october november december ' +
		// News copy's own furniture.
		'said says say saying told tell telling added adding according noted stated stressed reported announced ' +
		'news agency mr mrs ms dr new well part like made make makes making take taken given give get got put set way'
	).split(' ')
);

/** Words a name does not start or end with: "the United Nations" is the name "United Nations". */
export const NAME_EDGES: ReadonlySet<string> = new Set(
	'a an and as at by for from in into of on or the to with this that these those its his her their our mr mrs ms dr'.split(' ')
);

/**
 * Titles printed before a person's name: "Foreign Minister Mohammad Javad Zarif" is the title
 * "Foreign Minister" and the name "Mohammad Javad Zarif", each counted whole.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
	(
		'president vice prime minister ministers foreign deputy spokesman spokeswoman spokesperson ambassador envoy secretary general ' +
		'governor supreme leader chief head director chairman chairwoman speaker commander representative senior special ' +
		'colonel major brigadier lieutenant captain admiral marshal sergeant ' +
		'king queen prince crown sheikh emir sultan ayatollah imam sayyed hojatoleslam judge justice attorney mayor senator ' +
		'interior defense defence economy trade energy oil health education culture intelligence affairs'
	).split(' ')
);
