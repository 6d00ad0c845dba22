import { factsToCsv } from '@/lib/export/to-csv';
import type { ExportFact } from '@/lib/export/types';
const facts: ExportFact[] = Array.from({ length: 5000 }, (_, i) => ({ id: 'f' + i, metric: 'people_departed', low: i, high: i + 10, qualifier: 'range', unit: 'people', locationName: 'Synthetic Place 0001', locationCode: 'XS0001', date: '2021-03-04', datePrecision: 'day', sourceOrg: 'Synthetic Org 0001', reportTitle: 'Synthetic situation update 0001', reportPublisher: 'Synthetic Org 0002', reportDate: '2021-03-05', reportUrl: 'https://example.org/synthetic/1', excerpt: `Synthetic excerpt ${i}: "about ${i} people", said a fictional spokesperson.`, sensitivity: 'public', locationId: 'loc', sourceOrgId: 'org', sourceOrgShortName: 'SO', publishedDate: '2021-03-05', confirmedAt: '2021' }));
const c0 = process.cpuUsage(); let len = 0;
for (let k = 0; k < 40; k++) len += factsToCsv(facts).length;
const cpu = process.cpuUsage(c0);
console.log('200k rows cpu ms', ((cpu.user + cpu.system) / 1000).toFixed(0), len);
