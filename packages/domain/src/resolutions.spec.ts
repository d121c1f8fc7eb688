import { resolutionsForTheCommissioner } from './resolutions';

describe('resolutions that ask something of the Commissioner', () => {
  const minutes = [
    { number: '1', text: 'Apologies for absence were received from Councillor Smith.' },
    { number: '5', text: 'The Panel considered the proposed precept.\n\nRESOLVED that the report be noted.' },
    {
      number: '6',
      text: 'The Panel discussed the 101 non-emergency service.\n\nRESOLVED:\n(a) that the report be noted;\n(b) that the Commissioner be asked to report to the next meeting on call answering times on the 101 service.',
    },
    { number: '7', text: 'RESOLVED that the PCC be requested to publish the costs of his office each year.' },
  ];

  it('offers each part of a resolution that asks the Commissioner for something, with its minute', () => {
    expect(resolutionsForTheCommissioner(minutes, [])).toEqual([
      { minute: '6', text: 'That the Commissioner be asked to report to the next meeting on call answering times on the 101 service.' },
      { minute: '7', text: 'That the PCC be requested to publish the costs of his office each year.' },
    ]);
  });

  it('leaves out what is already recorded as a recommendation', () => {
    expect(resolutionsForTheCommissioner(minutes, ['That the PCC be requested to publish the costs of his office each year']).map((s) => s.minute)).toEqual([
      '6',
    ]);
  });

  it('offers nothing from minutes without a resolution for the Commissioner', () => {
    expect(resolutionsForTheCommissioner([{ number: '2', text: 'RESOLVED that the minutes of the last meeting be approved.' }], [])).toEqual([]);
  });
});
