import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { inferJsonStructure } from '../json-structure/infer';
import { unwrapXmlSamples } from './response-format';
import { nameXmlItems } from './xml-names';
import { toXmlSchema } from './xsd';

/** An EC2-style response in the JSON form of the XML converter: attributes, text, lists, escapes. */
const converted = JSON.stringify({
  DescribeTagsResponse: {
    '@_xmlns': 'http://ec2.amazonaws.com/doc/2016-11-15/',
    requestId: '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE',
    tagSet: {
      item: [
        { resourceId: 'i-1', key: 'a<b', value: { '@_encoding': 'plain', '#text': 'x & y' } },
        { resourceId: 'i-2', key: 'c', value: { '@_encoding': 'plain', '#text': 'z' } },
      ],
    },
    zones: { zone: ['a', 'b'] },
  },
});

describe('XML schema of an XML response', () => {
  const xml = unwrapXmlSamples([converted], 'ec2');
  const structure = nameXmlItems(inferJsonStructure(xml!.samples, { studioProVersion: 10 }));
  const xsd = toXmlSchema(structure, xml!.document);

  it('recognises the response and unwraps its document element', () => {
    expect(xml?.document).toEqual({
      element: 'DescribeTagsResponse',
      namespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
    });
    expect(unwrapXmlSamples(['{"Voices":[]}'], 'rest-json')).toBeUndefined();
    expect(unwrapXmlSamples(['{"Configuration":{"A":"1"}}'], 'rest-json')).toBeUndefined();
  });

  it('declares elements, repeated items, attributes and text content in well-formed XML', () => {
    expect(XMLValidator.validate(xsd)).toBe(true);
    expect(xsd).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://ec2.amazonaws.com/doc/2016-11-15/" xmlns="http://ec2.amazonaws.com/doc/2016-11-15/" elementFormDefault="qualified">
        <xs:element name="DescribeTagsResponse">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="requestId" minOccurs="0" type="xs:string"/>
              <xs:element name="tagSet" minOccurs="0">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="item" minOccurs="0" maxOccurs="unbounded">
                      <xs:complexType>
                        <xs:sequence>
                          <xs:element name="resourceId" minOccurs="0" type="xs:string"/>
                          <xs:element name="key" minOccurs="0" type="xs:string"/>
                          <xs:element name="value" minOccurs="0">
                            <xs:complexType>
                              <xs:simpleContent>
                                <xs:extension base="xs:string">
                                  <xs:attribute name="encoding" type="xs:string"/>
                                </xs:extension>
                              </xs:simpleContent>
                            </xs:complexType>
                          </xs:element>
                        </xs:sequence>
                      </xs:complexType>
                    </xs:element>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
              <xs:element name="zones" minOccurs="0">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="zone" minOccurs="0" maxOccurs="unbounded" type="xs:string"/>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
      </xs:schema>
      "
    `);
  });

  it('round-trips the declarations through an XML parser (no hand-built strings)', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xsd);
    expect(parsed['xs:schema']['@_targetNamespace']).toBe(
      'http://ec2.amazonaws.com/doc/2016-11-15/',
    );
    expect(parsed['xs:schema']['xs:element']['@_name']).toBe('DescribeTagsResponse');
  });

  it('names XML items after their element', () => {
    expect(structure.elements.filter((e) => e.kind === 'Object').map((e) => e.name)).toEqual([
      'Root',
      'TagSet',
      'Tag',
      'Value',
      'Zones',
    ]);
    expect(
      structure.elements
        .filter((e) => e.parent === 4 || e.key === '#text' || e.key?.startsWith('@_'))
        .map((e) => e.name),
    ).toEqual(['ResourceId', 'Key', 'Value', 'Encoding', 'Text']);
    expect(structure.findings.map((f) => f.kind)).not.toContain('renamed-invalid');
  });
});
