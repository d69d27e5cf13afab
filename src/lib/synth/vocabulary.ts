/** Invented people and plain topics for synthetic articles; the places are real countries. */

export interface Place {
	name: string;
	demonym: string;
	capital?: string;
}

export const PLACES: Place[] = [
	{ name: 'Iran', demonym: 'Iranian', capital: 'Tehran' },
	{ name: 'Iraq', demonym: 'Iraqi', capital: 'Baghdad' },
	{ name: 'Turkey', demonym: 'Turkish', capital: 'Ankara' },
	{ name: 'Russia', demonym: 'Russian', capital: 'Moscow' },
	{ name: 'China', demonym: 'Chinese', capital: 'Beijing' },
	{ name: 'India', demonym: 'Indian', capital: 'New Delhi' },
	{ name: 'Pakistan', demonym: 'Pakistani', capital: 'Islamabad' },
	{ name: 'Afghanistan', demonym: 'Afghan', capital: 'Kabul' },
	{ name: 'Syria', demonym: 'Syrian', capital: 'Damascus' },
	{ name: 'Lebanon', demonym: 'Lebanese', capital: 'Beirut' },
	{ name: 'Qatar', demonym: 'Qatari', capital: 'Doha' },
	{ name: 'Oman', demonym: 'Omani', capital: 'Muscat' },
	{ name: 'Kuwait', demonym: 'Kuwaiti' },
	{ name: 'Armenia', demonym: 'Armenian', capital: 'Yerevan' },
	{ name: 'Azerbaijan', demonym: 'Azerbaijani', capital: 'Baku' },
	{ name: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana' },
	{ name: 'Kyrgyzstan', demonym: 'Kyrgyz', capital: 'Bishkek' },
	{ name: 'Tajikistan', demonym: 'Tajik', capital: 'Dushanbe' },
	{ name: 'Venezuela', demonym: 'Venezuelan', capital: 'Caracas' },
	{ name: 'Japan', demonym: 'Japanese', capital: 'Tokyo' },
	{ name: 'Germany', demonym: 'German', capital: 'Berlin' },
	{ name: 'France', demonym: 'French', capital: 'Paris' },
	{ name: 'Austria', demonym: 'Austrian', capital: 'Vienna' },
	{ name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia' },
	{ name: 'South Africa', demonym: 'South African', capital: 'Pretoria' },
	{ name: 'Indonesia', demonym: 'Indonesian', capital: 'Jakarta' },
	{ name: 'Malaysia', demonym: 'Malaysian', capital: 'Kuala Lumpur' },
	{ name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo' }
];

export const PEOPLE = [
	'Minister Arash Tavakoli',
	'Spokesman Dariush Farahani',
	'Ambassador Leyla Moradi',
	'Deputy Minister Kamran Safavi',
	'Envoy Nasrin Ebrahimi',
	'Governor Hamid Rostami',
	'Director Parisa Kazemi',
	'Secretary General Omid Karimi'
];

export const SUBJECTS = ['Trade', 'Cooperation', 'Transit', 'Energy cooperation', 'Cultural exchange', 'Security cooperation', 'Tourism'];

export const TOPICS = [
	'a new railway link',
	'gas pipeline exports',
	'a free trade agreement',
	'border market expansion',
	'narcotics smuggling routes',
	'joint banking channels',
	'wheat and barley imports',
	'electricity grid synchronisation',
	'visa waivers for tourists',
	'earthquake relief coordination',
	'scholarships for students',
	'a regional security pact',
	'port development at Chabahar',
	'water sharing on the border rivers',
	'pharmaceutical production'
];

export const VERBS = [
	'agreed to expand',
	'signed a memorandum on',
	'reviewed progress on',
	'called for faster work on',
	'held talks on',
	'welcomed plans for'
];
