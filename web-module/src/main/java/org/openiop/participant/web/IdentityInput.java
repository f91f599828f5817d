package org.openiop.participant.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.openiop.identity.entity.Identity;

/**
 * The enrollment form's fields while intake types them; cleared as soon as the enrollment is done.
 */
public class IdentityInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String legalFirstName;
    private String legalMiddleName;
    private String legalLastName;
    private LocalDate dateOfBirth;
    private String phone;
    private String streetAddress;
    private String city;
    private String postalState;
    private String postalCode;
    private String stateOfResidence;
    private String emergencyContactName;
    private String emergencyContactPhone;
    private String insurancePayer;
    private String insuranceMemberId;

    Identity toIdentity() {
        return new Identity(
                legalFirstName,
                legalMiddleName,
                legalLastName,
                dateOfBirth,
                phone,
                streetAddress,
                city,
                postalState,
                postalCode,
                stateOfResidence,
                emergencyContactName,
                emergencyContactPhone,
                insurancePayer,
                insuranceMemberId);
    }

    public String getLegalFirstName() {
        return legalFirstName;
    }

    public void setLegalFirstName(String v) {
        legalFirstName = v;
    }

    public String getLegalMiddleName() {
        return legalMiddleName;
    }

    public void setLegalMiddleName(String v) {
        legalMiddleName = v;
    }

    public String getLegalLastName() {
        return legalLastName;
    }

    public void setLegalLastName(String v) {
        legalLastName = v;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate v) {
        dateOfBirth = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String v) {
        streetAddress = v;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String v) {
        city = v;
    }

    public String getPostalState() {
        return postalState;
    }

    public void setPostalState(String v) {
        postalState = v;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String v) {
        postalCode = v;
    }

    public String getStateOfResidence() {
        return stateOfResidence;
    }

    public void setStateOfResidence(String v) {
        stateOfResidence = v;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String v) {
        emergencyContactName = v;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String v) {
        emergencyContactPhone = v;
    }

    public String getInsurancePayer() {
        return insurancePayer;
    }

    public void setInsurancePayer(String v) {
        insurancePayer = v;
    }

    public String getInsuranceMemberId() {
        return insuranceMemberId;
    }

    public void setInsuranceMemberId(String v) {
        insuranceMemberId = v;
    }
}
